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
                // A typedef's aligned attribute replaces the alignment, lowering it too.
                return (model.SizeOf(integer.Kind), integer.Alignment ?? model.AlignOf(integer.Kind));
            case FloatingType floating:
                return floating.Kind switch
                {
                    FloatingKind.Float => (4, model.FloatAlign),
                    FloatingKind.Double => (8, model.DoubleAlign),
                    _ => (model.LongDoubleSize, model.LongDoubleAlign),
                };
            case Int128Type wide:
                return model.Int128Align != 0 ? (16, model.Int128Align)
                    : throw new HeaderException(DiagnosticIds.Unsupported, $"'{wide.Spelling}' does not exist on {model.Name} (a 32-bit target)", where);
            case AlignedType aligned:
                return (Measure(aligned.Underlying, model, where).Size, aligned.Alignment);
            case PointerType:
                // Whatever the pointee is (incomplete, unsupported, a function), the pointer is a pointer.
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

    // Bit positions are tracked so bit-fields share storage units as the System V psABIs (and GCC and
    // clang, for every target here) lay them out: a bit-field starts at the next free bit unless it would
    // cross a boundary of its declared type's alignment, a zero-width one pads to that boundary, and an
    // ordinary member starts at the next byte, aligned. Byte order only changes which bits of a unit a
    // bit-field occupies, never where units and members go, so it plays no part here.
    private static (int Size, int Align) Layout(RecordType record, DataModel model, int baseOffset, List<FieldLayout>? fields)
    {
        if (!record.IsComplete)
        {
            throw new HeaderException(DiagnosticIds.UnknownType, $"'{record.Spelling}' is incomplete", record.Location);
        }

        long nextBit = 0;
        long sizeBits = 0;
        var align = 1;
        foreach (var member in record.Members)
        {
            var measured = Measure(member.Type, model, member.Location);
            if (member.BitWidth is { } width)
            {
                var (offset, contributes) = PlaceBitField(record, member, measured, width, nextBit);
                if (member.Name is not null)
                {
                    var bitOffset = baseOffset * 8L + offset;
                    fields?.Add(new FieldLayout(member.Name, new BitFieldType(member.Type, width), (int)(bitOffset / 8),
                        (int)((offset % 8 + width + 7) / 8), member.Location, member.Documentation) { BitOffset = bitOffset });
                }

                // Unnamed bit-fields only pad, except where the ABI lets their type align the record.
                if (member.Name is not null || model.UnnamedBitFieldsAlignRecord)
                {
                    align = System.Math.Max(align, contributes);
                }

                nextBit = record.IsUnion ? 0 : offset + width;
                sizeBits = System.Math.Max(sizeBits, AlignUp(record.IsUnion ? width : offset + width, 8));
                continue;
            }

            var memberAlign = record.IsPacked || member.IsPacked ? 1 : measured.Align;
            if (member.Alignment is { } forced)
            {
                memberAlign = System.Math.Max(memberAlign, forced);
            }

            // #pragma pack caps every member, even one with an aligned attribute.
            if (record.MaxFieldAlignment is { } pack)
            {
                memberAlign = System.Math.Min(memberAlign, pack);
            }

            var memberOffset = record.IsUnion ? 0 : (int)AlignUp(AlignUp(nextBit, 8) / 8, memberAlign);
            if (member.Name is null && member.Type is RecordType nested)
            {
                // Anonymous struct/union: its members are reachable by name from the outer record.
                Layout(nested, model, baseOffset + memberOffset, fields);
            }
            else if (member.Name is not null)
            {
                fields?.Add(new FieldLayout(member.Name, member.Type, baseOffset + memberOffset, measured.Size, member.Location, member.Documentation)
                {
                    BitOffset = (baseOffset + memberOffset) * 8L,
                });
            }

            align = System.Math.Max(align, memberAlign);
            var end = (memberOffset + (long)measured.Size) * 8;
            nextBit = record.IsUnion ? 0 : end;
            sizeBits = System.Math.Max(sizeBits, end);
        }

        if (record.Alignment is { } recordAlign)
        {
            align = System.Math.Max(align, recordAlign);
        }

        return ((int)AlignUp(sizeBits / 8, align), align);
    }

    // Where a bit-field goes (in bits from the record's start) and the alignment it asks of the record.
    private static (long Offset, int Align) PlaceBitField(RecordType record, RecordMember member, (int Size, int Align) declared, int width, long nextBit)
    {
        var unitBits = declared.Size * 8L;
        var alignBits = (record.IsPacked || member.IsPacked) && width != 0 ? 8L : declared.Align * 8L;
        if (member.Alignment is { } forced)
        {
            alignBits = System.Math.Max(alignBits, forced * 8L);
        }

        // #pragma pack caps a bit-field's alignment and, with any value, stops it moving to avoid
        // crossing a unit boundary; a zero-width one still pads to its type's alignment.
        var pack = record.MaxFieldAlignment * 8L;
        if (pack is { } cap && width != 0)
        {
            alignBits = System.Math.Min(alignBits, cap);
        }

        var offset = nextBit;
        if (!record.IsUnion)
        {
            if (width == 0 || (pack is null && (offset % alignBits) + width > unitBits))
            {
                offset = AlignUp(offset, alignBits);
            }
            else if (member.Alignment is { } explicitAlign && (pack is null || explicitAlign * 8L <= pack))
            {
                offset = AlignUp(offset, explicitAlign * 8L);
            }
        }
        else
        {
            offset = 0;
        }

        return (offset, (int)(alignBits / 8));
    }

    private static long AlignUp(long value, long align) => (value + align - 1) / align * align;

    private static int AlignUp(int value, int align) => (value + align - 1) / align * align;
}
