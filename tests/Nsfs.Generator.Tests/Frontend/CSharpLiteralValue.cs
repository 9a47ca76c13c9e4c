using System.Globalization;

namespace Nsfs.Generator.Tests.Frontend;

/// <summary>
/// Reads back the C# literals the front end writes for constants (<c>0x1U</c>, <c>-5L</c>,
/// <c>0xffffffffffffffffUL</c>, <c>long.MinValue</c>) so they can be compared with a C compiler's values.
/// </summary>
public static class CSharpLiteralValue
{
    /// <summary>The literal's mathematical value.</summary>
    public static Int128 Parse(string literal)
    {
        ArgumentNullException.ThrowIfNull(literal);
        if (literal == "long.MinValue")
        {
            return long.MinValue;
        }

        var negative = literal.StartsWith('-');
        var digits = literal.TrimStart('-').TrimEnd('U', 'L', 'u', 'l');
        var magnitude = digits.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            ? UInt128.Parse(digits.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture)
            : UInt128.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        return negative ? -(Int128)magnitude : (Int128)magnitude;
    }

    /// <summary>True for the C# types that hold an unsigned C value.</summary>
    public static bool IsUnsignedType(string csharpType) => csharpType is "uint" or "ulong" or "byte" or "ushort" or "nuint";
}
