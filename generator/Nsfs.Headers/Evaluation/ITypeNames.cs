using Nsfs.Headers.Lexing;
using Nsfs.Headers.Types;

namespace Nsfs.Headers.Evaluation;

/// <summary>What the expression evaluator needs from the declaration parser: recognising and reading type names (for casts and sizeof).</summary>
public interface ITypeNames
{
    /// <summary>True when a type name starts at the cursor.</summary>
    bool StartsTypeName(TokenCursor cursor);

    /// <summary>Reads a type name (specifiers and an abstract declarator).</summary>
    CType ParseTypeName(TokenCursor cursor);
}
