namespace Nsfs.Headers.Types;

/// <summary>
/// An integer constant with its C type. <see cref="Raw"/> holds the two's-complement bits truncated
/// to the type's width under the data model it was computed with.
/// </summary>
public readonly record struct CValue(ulong Raw, IntegerKind Kind)
{
    /// <summary>The value of an <c>int</c> constant.</summary>
    public static CValue Int(long value) => new(unchecked((ulong)value) & 0xFFFF_FFFFUL, IntegerKind.Int);

    /// <summary>The value read as a signed number when the type is signed, else as unsigned (as a decimal string).</summary>
    public string Describe(DataModel model) =>
        model.IsSigned(Kind) ? AsSigned(model).ToString(System.Globalization.CultureInfo.InvariantCulture)
                             : Raw.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The value sign-extended from the type's width.</summary>
    public long AsSigned(DataModel model)
    {
        var bits = model.SizeOf(Kind) * 8;
        if (bits == 64)
        {
            return unchecked((long)Raw);
        }

        var shift = 64 - bits;
        return unchecked((long)(Raw << shift)) >> shift;
    }

    /// <summary>True when the value, read per its type, is negative.</summary>
    public bool IsNegative(DataModel model) => model.IsSigned(Kind) && AsSigned(model) < 0;

    /// <summary>True when the value is not zero.</summary>
    public bool IsTrue => Raw != 0;

    /// <summary>Converts to another integer type (C11 6.3.1.3: modulo 2^width).</summary>
    public CValue ConvertTo(IntegerKind kind, DataModel model)
    {
        var source = model.IsSigned(Kind) ? unchecked((ulong)AsSigned(model)) : Raw;
        if (kind == IntegerKind.Bool)
        {
            return new CValue(Raw != 0 ? 1UL : 0UL, kind);
        }

        return new CValue(Truncate(source, model.SizeOf(kind)), kind);
    }

    /// <summary>Truncates <paramref name="bits"/> to <paramref name="size"/> bytes.</summary>
    public static ulong Truncate(ulong bits, int size) => size >= 8 ? bits : bits & ((1UL << (size * 8)) - 1);
}
