namespace Nsfs.Headers;

/// <summary>
/// Every limit the front end enforces, in one place. The generator runs inside the compiler and the
/// IDE, so each one keeps a hostile or broken header from exhausting the stack, memory or time:
/// hitting one is a located <see cref="DiagnosticIds.LimitExceeded"/> (NSFS1010) error, never a
/// crash. The values are documented in <c>docs/rules/NSFS1010.md</c>; real uapi headers stay far
/// below each of them.
/// </summary>
public static class HeaderLimits
{
    /// <summary>The largest header (in UTF-16 characters, so bytes for ASCII text) the front end reads: 1 MiB.</summary>
    public const int MaxHeaderChars = 1024 * 1024;

    /// <summary>The most tokens one macro use may produce (every replacement list pushed counts, plus one per expansion).</summary>
    public const int MaxExpansionTokens = 200_000;

    /// <summary>The deepest nesting of macro calls inside macro arguments.</summary>
    public const int MaxMacroArgumentDepth = 128;

    /// <summary>The deepest <c>#if</c> nesting.</summary>
    public const int MaxConditionalDepth = 256;

    /// <summary>The deepest <c>#include</c> nesting.</summary>
    public const int MaxIncludeDepth = 64;

    /// <summary>
    /// The most <c>#include</c>s that may open a file while one header is read for one architecture
    /// (the largest include closure of a whole Linux uapi tree opens 58): a file that
    /// includes itself twice without a guard would otherwise open 2^64 files.
    /// </summary>
    public const int MaxIncludes = 256;

    /// <summary>The deepest nesting of struct and union bodies, declarators and parentheses in a declaration.</summary>
    public const int MaxDeclarationNesting = 64;

    /// <summary>
    /// The deepest nesting of conditional and unary sub-expressions (a parenthesised level counts two,
    /// so 128 levels of parentheses, twice C11's minimum of 63).
    /// </summary>
    public const int MaxExpressionNesting = 256;

    /// <summary>
    /// The deepest type: pointers, array dimensions, typedefs of them and records containing records
    /// each add one level. Every walk over a type (layout, spelling) recurses at most this deep.
    /// </summary>
    public const int MaxTypeDepth = 128;

    /// <summary>
    /// The work one header may take for all architectures together, in units: one per token the
    /// preprocessor reads, per token a macro expansion produces, per token the declaration parser
    /// reads, plus the size of every macro hide set a token takes on. About a second on one 2020s
    /// core; the most any header of a whole Linux uapi tree needs is 2.0 million (linux/soundcard.h).
    /// </summary>
    public const long MaxWorkUnits = 3_000_000;

    /// <summary>
    /// What a reported problem costs against <see cref="MaxWorkUnits"/>: an error costs about as much
    /// as reading this many tokens, so a header of nothing but errors stops after 15 000 of them.
    /// </summary>
    public const int WorkUnitsPerError = 200;

    /// <summary>What a directive line costs beyond its tokens (a directive does more than a token of text).</summary>
    public const int WorkUnitsPerDirective = 8;

    /// <summary>What opening an included file costs beyond its tokens.</summary>
    public const int WorkUnitsPerInclude = 64;

    /// <summary>The most problems reported for one header; past it, one NSFS1010 says how many more there were.</summary>
    public const int MaxDiagnostics = 1000;

    /// <summary>The longest documentation comment taken for generated XML docs, in characters; a longer one is cut.</summary>
    public const int MaxDocumentationChars = 16 * 1024;
}
