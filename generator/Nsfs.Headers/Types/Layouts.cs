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

    // Bit positions are tracked so bit-fields share storage units as the System V psABIs (and GCC and
    // clang, for every target here) lay them out: a bit-field starts at the next free bit unless it would
    // cross a boundary of its declared type's alignment, a zero-width one pads to that boundary, and an
    // ordinary member starts at the next byte, aligned. Byte order only changes which bits of a unit a
    // bit-field occupies, never where units and members go, so it plays no part here.
    private static (long Size, int Align) Layout(RecordType record, DataModel model, long baseOffset, List<FieldLayout>? fields)
    {
        if (!record.IsComplete)
        {
            throw new HeaderException(DiagnosticIds.UnknownType, $"'{record.Spelling}' is incomplete", record.Location);
        }

        var progress = new LayoutProgress { Align = 1 };
        foreach (var member in record.Members)
        {
            var measured = Measure(member.Type, model, member.Location);
            if (member.BitWidth is { } width)
            {
                LayBitField(record, member, measured, width, model, baseOffset, fields, ref progress);
            }
            else
            {
                LayMember(record, member, measured, model, baseOffset, fields, ref progress);
            }
        }

        var align = record.Alignment is { } recordAlign ? System.Math.Max(progress.Align, recordAlign) : progress.Align;
        return (AlignUp(progress.SizeBits / 8, align, record, model, record.Location), align);
    }

    private static void LayBitField(RecordType record, RecordMember member, (long Size, int Align) measured, int width, DataModel model,
        long baseOffset, List<FieldLayout>? fields, ref LayoutProgress progress)
    {
        var (offset, contributes) = PlaceBitField(record, member, measured, width, progress.NextBit, model);
        if (member.Name is not null && fields is not null)
        {
            var bitOffset = AddBits(Bits(baseOffset, record, model, member.Location), offset, record, model, member.Location);
            fields.Add(new FieldLayout(member.Name, new BitFieldType(member.Type, width), ToGenerated(bitOffset / 8, record, member.Location),
                (int)((offset % 8 + width + 7) / 8), member.Location, member.Documentation) { BitOffset = bitOffset });
        }

        // Unnamed bit-fields only pad, except where the ABI lets their type align the record.
        if (member.Name is not null || model.UnnamedBitFieldsAlignRecord)
        {
            progress.Align = System.Math.Max(progress.Align, contributes);
        }

        var bitEnd = AddBits(offset, width, record, model, member.Location);
        progress.NextBit = record.IsUnion ? 0 : bitEnd;
        progress.SizeBits = System.Math.Max(progress.SizeBits, AlignUpBits(record.IsUnion ? width : bitEnd, 8, record, model, member.Location));
    }

    private static void LayMember(RecordType record, RecordMember member, (long Size, int Align) measured, DataModel model,
        long baseOffset, List<FieldLayout>? fields, ref LayoutProgress progress)
    {
        var memberAlign = MemberAlignment(record, member, measured.Align);
        var memberOffset = record.IsUnion ? 0
            : AlignUp(AlignUpBits(progress.NextBit, 8, record, model, member.Location) / 8, memberAlign, record, model, member.Location);
        if (member.Name is null && member.Type is RecordType nested)
        {
            // Anonymous struct/union: its members are reachable by name from the outer record.
            Layout(nested, model, Add(baseOffset, memberOffset, record, model, member.Location), fields);
        }
        else if (member.Name is not null && fields is not null)
        {
            var at = Add(baseOffset, memberOffset, record, model, member.Location);
            fields.Add(new FieldLayout(member.Name, member.Type, ToGenerated(at, record, member.Location),
                ToGenerated(measured.Size, member.Type, member.Location), member.Location, member.Documentation)
            {
                BitOffset = Bits(at, record, model, member.Location),
            });
        }

        progress.Align = System.Math.Max(progress.Align, memberAlign);
        var end = Bits(Add(memberOffset, measured.Size, record, model, member.Location), record, model, member.Location);
        progress.NextBit = record.IsUnion ? 0 : end;
        progress.SizeBits = System.Math.Max(progress.SizeBits, end);
    }

    // The packed attribute lowers a member's alignment to 1, the aligned attribute raises it, and
    // #pragma pack caps every member, even one with an aligned attribute.
    private static int MemberAlignment(RecordType record, RecordMember member, int natural)
    {
        var memberAlign = record.IsPacked || member.IsPacked ? 1 : natural;
        if (member.Alignment is { } forced)
        {
            memberAlign = System.Math.Max(memberAlign, forced);
        }

        return record.MaxFieldAlignment is { } pack ? System.Math.Min(memberAlign, pack) : memberAlign;
    }

    // How far laying out one record's members has come: the next free bit, the size so far and the
    // largest alignment a member asked for.
    private struct LayoutProgress
    {
        public long NextBit;
        public long SizeBits;
        public int Align;
    }

    // Where a bit-field goes (in bits from the record's start) and the alignment it asks of the record.
    private static (long Offset, int Align) PlaceBitField(RecordType record, RecordMember member, (long Size, int Align) declared, int width, long nextBit, DataModel model)
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

        if (record.IsUnion)
        {
            return (0, (int)(alignBits / 8));
        }

        var offset = nextBit;
        if (width == 0 || (pack is null && (offset % alignBits) + width > unitBits))
        {
            offset = AlignUpBits(offset, alignBits, record, model, member.Location);
        }
        else if (member.Alignment is { } explicitAlign && (pack is null || explicitAlign * 8L <= pack))
        {
            offset = AlignUpBits(offset, explicitAlign * 8L, record, model, member.Location);
        }

        return (offset, (int)(alignBits / 8));
    }

    // Bit quantities only need to stay inside a long; the byte sizes they come to are checked as bytes.
    private static long AlignUpBits(long value, long align, CType type, DataModel model, SourceLocation where) =>
        AddBits(value, align - 1, type, model, where) / align * align;

    private static long AddBits(long left, long right, CType type, DataModel model, SourceLocation where) =>
        right > long.MaxValue - left ? InRange(-1, type, model, where) : left + right;

    private static long AlignUp(long value, int align, CType type, DataModel model, SourceLocation where) =>
        align <= 1 ? value : Add(value, align - 1, type, model, where) / align * align;

    private static long Add(long left, long right, CType type, DataModel model, SourceLocation where) =>
        InRange(right > long.MaxValue - left ? -1 : left + right, type, model, where);

    private static long Multiply(long left, long right, CType type, DataModel model, SourceLocation where) =>
        InRange(left != 0 && right > long.MaxValue / left ? -1 : left * right, type, model, where);

    // A byte offset in bits; records whose size in bits does not fit a long are too large to lay out.
    private static long Bits(long bytes, CType type, DataModel model, SourceLocation where) =>
        bytes > long.MaxValue / 8 ? InRange(-1, type, model, where) : bytes * 8;

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
