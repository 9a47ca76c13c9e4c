using System.Collections.Generic;

namespace Nsfs.Headers.Types;

/// <summary>Computes sizes, alignments and member offsets under a data model (the System V rules GCC and clang follow).</summary>
public static class Layouts
{
    /// <summary>sizeof the type.</summary>
    /// <exception cref="HeaderException">The type is incomplete or unsupported.</exception>
    public static int SizeOf(CType type, DataModel model, SourceLocation where) => Measure(type, model, where).Size;

    /// <summary>Struct-member alignment of the type.</summary>
    /// <exception cref="HeaderException">The type is incomplete or unsupported.</exception>
    public static int AlignOf(CType type, DataModel model, SourceLocation where) => Measure(type, model, where).Align;

    /// <summary>The flattened member offsets of a struct or union.</summary>
    /// <exception cref="HeaderException">The record is incomplete or unsupported.</exception>
    public static IReadOnlyList<FieldLayout> Fields(RecordType record, DataModel model)
    {
        var fields = new List<FieldLayout>();
        Layout(record, model, 0, fields);
        return fields;
    }

    private static (int Size, int Align) Measure(CType type, DataModel model, SourceLocation where)
    {
        switch (type)
        {
            case IntegerType integer:
                return (model.SizeOf(integer.Kind), integer.Alignment is { } forced ? System.Math.Max(forced, model.AlignOf(integer.Kind)) : model.AlignOf(integer.Kind));
            case PointerType:
                return (model.PointerSize, model.PointerAlign);
            case EnumType enumType:
                return MeasureEnum(enumType, model, where);
            case ArrayType array:
                var element = Measure(array.Element, model, where);
                return ((int)(element.Size * (array.Length ?? 0)), element.Align);
            case RecordType record:
                return Layout(record, model, 0, null);
            default:
                throw new HeaderException(DiagnosticIds.UnknownType, $"'{type.Spelling}' has no size", where);
        }
    }

    // GCC: an enum is int-sized unless a constant needs unsigned int or a 64-bit type.
    private static (int Size, int Align) MeasureEnum(EnumType type, DataModel model, SourceLocation where)
    {
        if (!type.IsComplete)
        {
            throw new HeaderException(DiagnosticIds.UnknownType, $"'{type.Spelling}' is incomplete", where);
        }

        var wide = false;
        foreach (var constant in type.Constants)
        {
            var value = constant.Value;
            var signed = value.AsSigned(model);
            if (model.IsSigned(value.Kind) ? signed < int.MinValue || signed > uint.MaxValue : value.Raw > uint.MaxValue)
            {
                wide = true;
            }
        }

        return wide ? (8, model.LongLongAlign) : (4, model.IntAlign);
    }

    private static (int Size, int Align) Layout(RecordType record, DataModel model, int baseOffset, List<FieldLayout>? fields)
    {
        if (!record.IsComplete)
        {
            throw new HeaderException(DiagnosticIds.UnknownType, $"'{record.Spelling}' is incomplete", record.Location);
        }

        var offset = 0;
        var size = 0;
        var align = 1;
        foreach (var member in record.Members)
        {
            var measured = Measure(member.Type, model, member.Location);
            var memberAlign = record.IsPacked ? 1 : measured.Align;
            if (member.Alignment is { } forced)
            {
                memberAlign = System.Math.Max(memberAlign, forced);
            }

            var memberOffset = record.IsUnion ? 0 : AlignUp(offset, memberAlign);
            if (member.Name is null && member.Type is RecordType nested)
            {
                // Anonymous struct/union: its members are reachable by name from the outer record.
                Layout(nested, model, baseOffset + memberOffset, fields);
            }
            else if (member.Name is not null)
            {
                fields?.Add(new FieldLayout(member.Name, member.Type, baseOffset + memberOffset, measured.Size, member.Location, member.Documentation));
            }

            align = System.Math.Max(align, memberAlign);
            if (record.IsUnion)
            {
                size = System.Math.Max(size, measured.Size);
            }
            else
            {
                offset = memberOffset + measured.Size;
                size = offset;
            }
        }

        if (record.Alignment is { } recordAlign)
        {
            align = System.Math.Max(align, recordAlign);
        }

        return (AlignUp(size, align), align);
    }

    private static int AlignUp(int value, int align) => (value + align - 1) / align * align;
}
