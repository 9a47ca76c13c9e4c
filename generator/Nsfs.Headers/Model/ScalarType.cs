using Nsfs.Headers.Types;

namespace Nsfs.Headers.Model;

/// <summary>The C type of one field element, as plain data: enough for an emitter to choose a matching type on its side.</summary>
/// <param name="Kind">What sort of type it is.</param>
/// <param name="Integer">The integer type, for <see cref="ScalarKind.Integer"/>.</param>
/// <param name="Tag">The struct or union tag, for <see cref="ScalarKind.Record"/>.</param>
public sealed record ScalarType(ScalarKind Kind, IntegerKind Integer = IntegerKind.Int, string? Tag = null)
{
    /// <summary>Describes <paramref name="type"/>, looking through arrays to their element and through alignment attributes.</summary>
    public static ScalarType Of(CType type) => ElementOf(type) switch
    {
        IntegerType integer => new ScalarType(ScalarKind.Integer, integer.Kind),
        FloatingType { Kind: FloatingKind.Float } => new ScalarType(ScalarKind.Float),
        FloatingType { Kind: FloatingKind.Double } => new ScalarType(ScalarKind.Double),
        PointerType => new ScalarType(ScalarKind.Pointer),
        EnumType => new ScalarType(ScalarKind.Enum),
        RecordType { Tag: { } tag } => new ScalarType(ScalarKind.Record, Tag: tag),
        _ => new ScalarType(ScalarKind.Other),
    };

    /// <summary>What one element of a member of type <paramref name="type"/> is: through arrays and alignment attributes.</summary>
    internal static CType ElementOf(CType type)
    {
        while (type is ArrayType or AlignedType)
        {
            type = type is ArrayType array ? array.Element : ((AlignedType)type).Underlying;
        }

        return type;
    }
}
