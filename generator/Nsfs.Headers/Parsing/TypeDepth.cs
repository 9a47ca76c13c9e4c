using Nsfs.Headers.Types;

namespace Nsfs.Headers.Parsing;

/// <summary>
/// Every walk over a type recurses along its depth, so a type deeper than the limit is refused where
/// it is written.
/// </summary>
internal static class TypeDepth
{
    /// <summary>Returns <paramref name="type"/> when it is not too deep.</summary>
    public static CType Checked(CType type, SourceLocation where)
    {
        Check(type.Depth, where);
        return type;
    }

    /// <summary>Refuses a type <paramref name="depth"/> past the limit.</summary>
    public static void Check(int depth, SourceLocation where)
    {
        if (depth > HeaderLimits.MaxTypeDepth)
        {
            throw new HeaderException(DiagnosticIds.LimitExceeded,
                $"Type nested deeper than {HeaderLimits.MaxTypeDepth} levels (pointers, array dimensions, typedefs and contained records)", where);
        }
    }
}
