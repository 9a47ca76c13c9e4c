using System.Collections.Generic;
using System.Globalization;

namespace Nsfs.Headers.Types;

/// <summary>
/// Computes sizes, alignments and member offsets under a data model (the System V rules GCC and
/// clang follow), in checked 64-bit arithmetic: an object larger than the target's
/// <c>PTRDIFF_MAX</c> is a located error, as in GCC, never a wrapped size. Recursion follows the
/// type's structure, which the parser bounds (<see cref="CType.Depth"/>); each record is measured
/// once per data model.
/// </summary>
public static class Layouts
{
    /// <summary>sizeof the type in bytes, as wide as the target allows.</summary>
    /// <exception cref="HeaderException">The type is incomplete, unsupported or too large.</exception>
    public static long SizeOf(CType type, DataModel model, SourceLocation where) => Measure(type, model, where).Size;

    /// <summary>Struct-member alignment of the type.</summary>
    /// <exception cref="HeaderException">The type is incomplete or unsupported.</exception>
    public static int AlignOf(CType type, DataModel model, SourceLocation where) => Measure(type, model, where).Align;

    /// <summary>
    /// sizeof a type that becomes a C# struct or field, whose sizes and offsets are <see langword="int"/>.
    /// </summary>
    /// <exception cref="HeaderException">The type is incomplete, unsupported, or 2 GiB or larger.</exception>
    public static int SizeOfGenerated(CType type, DataModel model, SourceLocation where) =>
        ToGenerated(SizeOf(type, model, where), type, where);

    /// <summary>The flattened member offsets of a struct or union.</summary>
    /// <exception cref="HeaderException">The record is incomplete, unsupported, or 2 GiB or larger.</exception>
    public static IReadOnlyList<FieldLayout> Fields(RecordType record, DataModel model)
    {
        var fields = new List<FieldLayout>();
        Layout(record, model, 0, fields);
        return fields;
    }

    private static (long Size, int Align) Measure(CType type, DataModel model, SourceLocation where)
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
                return (Multiply(element.Size, array.Length ?? 0, array, model, where), element.Align);
            case RecordType record:
                if (record.MeasuredLayout is { } measured && ReferenceEquals(measured.Model, model))
                {
                    return (measured.Size, measured.Align);
                }

                var layout = Layout(record, model, 0, null);
                record.MeasuredLayout = (model, layout.Size, layout.Align);
                return layout;
            default:
                throw new HeaderException(DiagnosticIds.UnknownType, $"'{type.Spelling}' has no size", where);
        }
    }

    // GCC: an enum is int-sized unless a constant needs unsigned int or a 64-bit type.
    private static (long Size, int Align) MeasureEnum(EnumType type, DataModel model, SourceLocation where)
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

    private static (long Size, int Align) Layout(RecordType record, DataModel model, long baseOffset, List<FieldLayout>? fields)
    {
        if (!record.IsComplete)
        {
            throw new HeaderException(DiagnosticIds.UnknownType, $"'{record.Spelling}' is incomplete", record.Location);
        }

        long offset = 0;
        long size = 0;
        var align = 1;
        foreach (var member in record.Members)
        {
            var measured = Measure(member.Type, model, member.Location);
            var memberAlign = record.IsPacked ? 1 : measured.Align;
            if (member.Alignment is { } forced)
            {
                memberAlign = System.Math.Max(memberAlign, forced);
            }

            var memberOffset = record.IsUnion ? 0 : AlignUp(offset, memberAlign, record, model, member.Location);
            if (member.Name is null && member.Type is RecordType nested)
            {
                // Anonymous struct/union: its members are reachable by name from the outer record.
                Layout(nested, model, Add(baseOffset, memberOffset, record, model, member.Location), fields);
            }
            else if (member.Name is not null && fields is not null)
            {
                var at = Add(baseOffset, memberOffset, record, model, member.Location);
                fields.Add(new FieldLayout(member.Name, member.Type, ToGenerated(at, record, member.Location),
                    ToGenerated(measured.Size, member.Type, member.Location), member.Location, member.Documentation));
            }

            align = System.Math.Max(align, memberAlign);
            if (record.IsUnion)
            {
                size = System.Math.Max(size, measured.Size);
            }
            else
            {
                offset = Add(memberOffset, measured.Size, record, model, member.Location);
                size = offset;
            }
        }

        if (record.Alignment is { } recordAlign)
        {
            align = System.Math.Max(align, recordAlign);
        }

        return (AlignUp(size, align, record, model, record.Location), align);
    }

    private static long AlignUp(long value, int align, CType type, DataModel model, SourceLocation where) =>
        align <= 1 ? value : Add(value, align - 1, type, model, where) / align * align;

    private static long Add(long left, long right, CType type, DataModel model, SourceLocation where) =>
        InRange(right > long.MaxValue - left ? -1 : left + right, type, model, where);

    private static long Multiply(long left, long right, CType type, DataModel model, SourceLocation where) =>
        InRange(left != 0 && right > long.MaxValue / left ? -1 : left * right, type, model, where);

    // GCC and clang refuse objects larger than PTRDIFF_MAX ("size of array is too large"), which also
    // keeps every sum and product here inside a long: operands are never negative, so -1 marks overflow.
    private static long InRange(long size, CType type, DataModel model, SourceLocation where)
    {
        var max = model.PointerSize >= 8 ? long.MaxValue : (1L << ((model.PointerSize * 8) - 1)) - 1;
        if (size < 0 || size > max)
        {
            throw new HeaderException(DiagnosticIds.InvalidExpression,
                string.Format(CultureInfo.InvariantCulture, "'{0}' is too large: its size exceeds {1} bytes on {2}", type.Spelling, max, model.Name), where);
        }

        return size;
    }

    private static int ToGenerated(long value, CType type, SourceLocation where) =>
        value <= int.MaxValue ? (int)value
        : throw new HeaderException(DiagnosticIds.Unsupported,
            string.Format(CultureInfo.InvariantCulture, "'{0}' is too large for a C# struct ({1} bytes)", type.Spelling, value), where);
}
