using System;
using System.Globalization;
using System.Linq;
using Nsfs.Headers.Model;
using Nsfs.Headers.Types;

namespace Nsfs.Generator;

/// <summary>
/// The emitter's choice of C# types and literals for the model's C values and C types: the
/// narrowest of int/uint/long/ulong that keeps the C value and its signedness, hex where the header
/// wrote hex or shifts.
/// </summary>
internal static class CSharpLiterals
{
    /// <summary>The C# type and literal of a constant's value on one architecture.</summary>
    public static (string Type, string Literal) Constant(ConstantModel constant, ArchConstantValue value) =>
        For(value.Value, Architecture(value.Arch), HexPreferred(constant.Expression));

    /// <summary>The underlying type of an enum whose members' values are read under <paramref name="model"/>.</summary>
    public static string EnumUnderlyingType(EnumModel enumModel, DataModel model)
    {
        var values = enumModel.Members.Select(m => m.Value).ToList();
        if (values.Any(v => v.IsNegative(model)))
        {
            return values.All(v => v.AsSigned(model) >= int.MinValue && v.AsSigned(model) <= int.MaxValue) ? "int" : "long";
        }

        var max = values.Count == 0 ? 0UL : values.Max(v => v.Raw);
        return max <= int.MaxValue ? "int" : max <= uint.MaxValue ? "uint" : max <= long.MaxValue ? "long" : "ulong";
    }

    /// <summary>The literal of an enum member for the given underlying type.</summary>
    public static string EnumLiteral(EnumMemberModel member, string underlying, DataModel model) =>
        member.Value.IsNegative(model) ? SignedLiteral(member.Value.AsSigned(model), underlying, hex: false)
        : underlying is "int" or "long" ? SignedLiteral((long)member.Value.Raw, underlying, hex: true)
        : UnsignedLiteral(member.Value.Raw, underlying, hex: true);

    /// <summary>The C# field type for a C element type, or <see langword="null"/> when there is no blittable equivalent.</summary>
    /// <param name="type">The element type.</param>
    /// <param name="model">The data model that sizes it.</param>
    /// <param name="typeNamespace">
    /// The namespace of the generated structs. A struct is named fully qualified and escaped: a bare C
    /// tag may be a C# keyword (<c>struct lock</c>) or name a nested type of the struct holding it.
    /// </param>
    public static string? FieldType(ScalarType type, DataModel model, string typeNamespace) =>
        type.Kind == ScalarKind.Record ? $"global::{typeNamespace}.{Names.Identifier(type.Tag!)}" : ScalarFieldType(type, model);

    /// <summary>
    /// Whether a member whose element type is <paramref name="type"/> can be a C# field: a scalar with a
    /// blittable equivalent, or a struct (whether that struct has a C# type is <see cref="CSharpStructs"/>'s to decide).
    /// </summary>
    public static bool HasFieldType(ScalarType type, DataModel model) => type.Kind == ScalarKind.Record || ScalarFieldType(type, model) is not null;

    private static string? ScalarFieldType(ScalarType type, DataModel model) => type.Kind switch
    {
        ScalarKind.Integer => (model.SizeOf(type.Integer), model.IsSigned(type.Integer)) switch
        {
            (1, _) when type.Integer is IntegerKind.Char or IntegerKind.Bool => "byte",
            (1, true) => "sbyte",
            (1, false) => "byte",
            (2, true) => "short",
            (2, false) => "ushort",
            (4, true) => type.Integer is IntegerKind.Long ? "nint" : "int",
            (4, false) => type.Integer is IntegerKind.UnsignedLong ? "nuint" : "uint",
            (8, true) => type.Integer is IntegerKind.Long ? "nint" : "long",
            _ => type.Integer is IntegerKind.UnsignedLong ? "nuint" : "ulong",
        },
        ScalarKind.Float => "float",
        ScalarKind.Double => "double",
        ScalarKind.Pointer => "nint",
        ScalarKind.Enum => "int",
        _ => null,
    };

    /// <summary>The data model of an architecture the model names.</summary>
    public static DataModel Architecture(string name) =>
        DataModels.Find(name) ?? throw new InvalidOperationException($"The model names an unknown architecture {name}.");

    private static (string Type, string Literal) For(CValue value, DataModel model, bool hex)
    {
        if (model.IsSigned(value.Kind))
        {
            var signed = value.AsSigned(model);
            var type = signed >= int.MinValue && signed <= int.MaxValue ? "int" : "long";
            return (type, SignedLiteral(signed, type, hex));
        }

        var unsignedType = value.Raw <= uint.MaxValue ? "uint" : "ulong";
        return (unsignedType, UnsignedLiteral(value.Raw, unsignedType, hex));
    }

    // A header that writes a value in hex or as a shift means bits: keep it readable as bits.
    private static bool HexPreferred(string expression) =>
        expression.IndexOf("0x", StringComparison.OrdinalIgnoreCase) >= 0 || expression.IndexOf("<<", StringComparison.Ordinal) >= 0;

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
