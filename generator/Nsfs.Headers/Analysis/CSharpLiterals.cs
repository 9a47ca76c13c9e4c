using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Nsfs.Headers.Types;

namespace Nsfs.Headers.Analysis;

/// <summary>Chooses C# types and literals for C values: the narrowest of int/uint/long/ulong that keeps the C value and its signedness.</summary>
public static class CSharpLiterals
{
    /// <summary>The C# type and literal for a constant.</summary>
    public static (string Type, string Literal) For(CValue value, DataModel model, bool hex)
    {
        if (model.IsSigned(value.Kind))
        {
            var signed = value.AsSigned(model);
            var type = signed >= int.MinValue && signed <= int.MaxValue ? "int" : "long";
            return (type, SignedLiteral(signed, type, hex));
        }

        var type2 = value.Raw <= uint.MaxValue ? "uint" : "ulong";
        return (type2, UnsignedLiteral(value.Raw, type2, hex));
    }

    /// <summary>The enum underlying type that holds every value.</summary>
    public static string EnumUnderlyingType(IReadOnlyList<CValue> values, DataModel model)
    {
        var anyNegative = values.Any(v => v.IsNegative(model));
        if (anyNegative)
        {
            return values.All(v => v.AsSigned(model) >= int.MinValue && v.AsSigned(model) <= int.MaxValue) ? "int" : "long";
        }

        var max = values.Count == 0 ? 0UL : values.Max(v => v.Raw);
        return max <= int.MaxValue ? "int" : max <= uint.MaxValue ? "uint" : max <= long.MaxValue ? "long" : "ulong";
    }

    /// <summary>A literal for an enum member of the given underlying type.</summary>
    public static string EnumLiteral(CValue value, string underlying, DataModel model, bool hex) =>
        value.IsNegative(model) ? SignedLiteral(value.AsSigned(model), underlying, hex: false)
        : underlying is "int" or "long" ? SignedLiteral((long)value.Raw, underlying, hex)
        : UnsignedLiteral(value.Raw, underlying, hex);

    /// <summary>The C# field type for a C member type, or <see langword="null"/> when there is no blittable equivalent.</summary>
    public static string? FieldType(CType type, DataModel model) => type switch
    {
        IntegerType integer => (model.SizeOf(integer.Kind), model.IsSigned(integer.Kind)) switch
        {
            (1, _) when integer.Kind is IntegerKind.Char or IntegerKind.Bool => "byte",
            (1, true) => "sbyte",
            (1, false) => "byte",
            (2, true) => "short",
            (2, false) => "ushort",
            (4, true) => integer.Kind is IntegerKind.Long ? "nint" : "int",
            (4, false) => integer.Kind is IntegerKind.UnsignedLong ? "nuint" : "uint",
            (8, true) => integer.Kind is IntegerKind.Long ? "nint" : "long",
            _ => integer.Kind is IntegerKind.UnsignedLong ? "nuint" : "ulong",
        },
        FloatingType { Kind: FloatingKind.Float } => "float",
        FloatingType { Kind: FloatingKind.Double } => "double",
        AlignedType aligned => FieldType(aligned.Underlying, model),
        PointerType => "nint",
        EnumType => "int",
        RecordType { Tag: { } tag } => tag,
        ArrayType array => FieldType(array.Element, model),
        _ => null,
    };

    private static string SignedLiteral(long value, string type, bool hex)
    {
        var suffix = type == "long" ? "L" : string.Empty;
        if (value < 0)
        {
            return value == long.MinValue ? "long.MinValue" : "-" + (-value).ToString(CultureInfo.InvariantCulture) + suffix;
        }

        return (hex ? "0x" + value.ToString("x", CultureInfo.InvariantCulture) : value.ToString(CultureInfo.InvariantCulture)) + suffix;
    }

    private static string UnsignedLiteral(ulong value, string type, bool hex) =>
        (hex ? "0x" + value.ToString("x", CultureInfo.InvariantCulture) : value.ToString(CultureInfo.InvariantCulture)) + (type == "ulong" ? "UL" : "U");
}
