namespace Nsfs.Headers;

/// <summary>
/// The catalogue of every diagnostic the header front end reports — the only place ids, titles,
/// severities and categories are written: the generator builds its Roslyn descriptors from it and
/// the cli prints from it. Ids are never reused or renumbered; each has a page
/// <c>docs/rules/&lt;ID&gt;.md</c> and a line in the generator's AnalyzerReleases files (a test keeps
/// both in step with this list).
/// </summary>
public static class DiagnosticIds
{
    /// <summary>The category of problems in a header or its facts file.</summary>
    public const string HeaderCategory = "Nsfs.Header";

    /// <summary>The category of changes against a shipped ABI baseline.</summary>
    public const string AbiCategory = "Nsfs.Abi";

    /// <summary>A C syntax or preprocessor error (unbalanced <c>#if</c>, bad directive, unterminated comment, <c>#error</c>).</summary>
    public static readonly DiagnosticId SyntaxError = new("NSFS1001", "Header syntax error", HeaderDiagnosticSeverity.Error, HeaderCategory);

    /// <summary>A type used in <c>sizeof</c>, a cast or a struct member is not known for this architecture.</summary>
    public static readonly DiagnosticId UnknownType = new("NSFS1002", "Unknown type", HeaderDiagnosticSeverity.Error, HeaderCategory);

    /// <summary>An <c>#include</c> was not found among the include roots; parsing goes on without it.</summary>
    public static readonly DiagnosticId IncludeNotFound = new("NSFS1003", "Include not found", HeaderDiagnosticSeverity.Warning, HeaderCategory);

    /// <summary>A definition uses an identifier that no header defines.</summary>
    public static readonly DiagnosticId UnknownIdentifier = new("NSFS1004", "Unknown identifier", HeaderDiagnosticSeverity.Error, HeaderCategory);

    /// <summary>A request was not generated because it depends on a header (or prelude) that was not found.</summary>
    public static readonly DiagnosticId SkippedForMissingInclude = new("NSFS1005", "Request depends on a missing include", HeaderDiagnosticSeverity.Error, HeaderCategory);

    /// <summary>An ioctl field does not fit its bit field on an architecture (nr &gt; 255, size ≥ 2^SIZEBITS, …).</summary>
    public static readonly DiagnosticId FieldOutOfRange = new("NSFS1006", "ioctl field out of range", HeaderDiagnosticSeverity.Error, HeaderCategory);

    /// <summary>
    /// Two different requests of one header share a (type, nr): not an alias (the same value twice) nor a
    /// compat pair (one request whose size follows the data model, e.g. <c>FS_IOC32_GETFLAGS</c> and <c>FS_IOC_GETFLAGS</c>).
    /// </summary>
    public static readonly DiagnosticId DuplicateRequest = new("NSFS1007", "Two requests share a type and number", HeaderDiagnosticSeverity.Error, HeaderCategory);

    /// <summary>A constant expression cannot be evaluated (division by zero, bad shift, not an integer).</summary>
    public static readonly DiagnosticId InvalidExpression = new("NSFS1008", "Invalid constant expression", HeaderDiagnosticSeverity.Error, HeaderCategory);

    /// <summary>A struct has different layouts on different architectures, so no single C# struct serves them all.</summary>
    public static readonly DiagnosticId LayoutDiffersByArchitecture = new("NSFS1009", "Struct layout differs between architectures", HeaderDiagnosticSeverity.Warning, HeaderCategory);

    /// <summary>A limit was hit (macro expansion, nesting or include depth) — usually a recursive or malicious header.</summary>
    public static readonly DiagnosticId LimitExceeded = new("NSFS1010", "Header too complex", HeaderDiagnosticSeverity.Error, HeaderCategory);

    /// <summary>The header's <c>.facts</c> annotation file is malformed or names something the header lacks.</summary>
    public static readonly DiagnosticId FactsError = new("NSFS1011", "Invalid facts annotation", HeaderDiagnosticSeverity.Error, HeaderCategory);

    /// <summary>The header contains a <c>#warning</c> directive.</summary>
    public static readonly DiagnosticId WarningDirective = new("NSFS1012", "#warning in header", HeaderDiagnosticSeverity.Warning, HeaderCategory);

    /// <summary>A type the target does not have (<c>__int128</c> on a 32-bit architecture), or a struct too large for C#, prevented a definition from being generated.</summary>
    public static readonly DiagnosticId Unsupported = new("NSFS1013", "Unsupported C construct", HeaderDiagnosticSeverity.Error, HeaderCategory);

    /// <summary>
    /// A macro of the header that is not an ioctl request has no constant value (a string, a type, an
    /// identifier defined elsewhere): it is left out. Off by default.
    /// </summary>
    public static readonly DiagnosticId NotAConstant = new("NSFS1014", "Macro is not a constant", HeaderDiagnosticSeverity.Info, HeaderCategory, IsEnabledByDefault: false);

    /// <summary>
    /// A struct has no C# equivalent although its layout is the same everywhere: a member has no blittable
    /// C# type (a bit-field, an untagged struct), or is a struct that has no C# type where this header is generated.
    /// </summary>
    public static readonly DiagnosticId NoCSharpStruct = new("NSFS1015", "Struct has no C# equivalent", HeaderDiagnosticSeverity.Warning, HeaderCategory);

    /// <summary>An <c>Nsfs_*</c> build property or item metadata has a value the generator does not know.</summary>
    public static readonly DiagnosticId InvalidSetting = new("NSFS1016", "Invalid Nsfs build setting", HeaderDiagnosticSeverity.Error, HeaderCategory);

    /// <summary>
    /// A request, struct or tagged enum the header defines on some architectures only (under an
    /// architecture's <c>#ifdef</c>) is not generated; constants so defined are, where they are defined.
    /// </summary>
    public static readonly DiagnosticId PartlyDefined = new("NSFS1017", "Defined on some architectures only", HeaderDiagnosticSeverity.Warning, HeaderCategory);

    /// <summary>A tagged enum has a member whose value differs between architectures, so no single C# enum serves them all.</summary>
    public static readonly DiagnosticId EnumDiffersByArchitecture = new("NSFS1018", "Enum values differ between architectures", HeaderDiagnosticSeverity.Warning, HeaderCategory);

    /// <summary>A request was renumbered (type or nr changed) against the shipped baseline.</summary>
    public static readonly DiagnosticId BaselineRenumbered = new("NSFS1101", "ioctl request renumbered", HeaderDiagnosticSeverity.Error, AbiCategory);

    /// <summary>A request's direction changed against the shipped baseline.</summary>
    public static readonly DiagnosticId BaselineDirectionChanged = new("NSFS1102", "ioctl direction changed", HeaderDiagnosticSeverity.Error, AbiCategory);

    /// <summary>A request's encoded size changed against the shipped baseline.</summary>
    public static readonly DiagnosticId BaselineSizeChanged = new("NSFS1103", "ioctl size changed", HeaderDiagnosticSeverity.Error, AbiCategory);

    /// <summary>An extensible struct (one with a <c>_SIZE_VER0</c> macro) grew: old binaries keep working.</summary>
    public static readonly DiagnosticId BaselineExtensibleGrowth = new("NSFS1104", "Extensible ioctl struct grew", HeaderDiagnosticSeverity.Info, AbiCategory);

    /// <summary>A request in the shipped baseline is gone from the header.</summary>
    public static readonly DiagnosticId BaselineRemoved = new("NSFS1105", "ioctl request removed", HeaderDiagnosticSeverity.Error, AbiCategory);

    /// <summary>A request is not yet in the shipped baseline.</summary>
    public static readonly DiagnosticId BaselineAdded = new("NSFS1106", "ioctl request not in baseline", HeaderDiagnosticSeverity.Info, AbiCategory);

    /// <summary>The baseline file itself cannot be read.</summary>
    public static readonly DiagnosticId BaselineMalformed = new("NSFS1107", "Malformed ABI baseline", HeaderDiagnosticSeverity.Error, AbiCategory);

    /// <summary>An unexpected failure inside the generator; reported instead of throwing.</summary>
    public static readonly DiagnosticId InternalError = new("NSFS1999", "Internal generator error", HeaderDiagnosticSeverity.Error, HeaderCategory);

    /// <summary>All ids, in id order.</summary>
    public static IReadOnlyList<DiagnosticId> All { get; } = new[]
    {
        SyntaxError, UnknownType, IncludeNotFound, UnknownIdentifier, SkippedForMissingInclude, FieldOutOfRange,
        DuplicateRequest, InvalidExpression, LayoutDiffersByArchitecture, LimitExceeded, FactsError, WarningDirective,
        Unsupported, NotAConstant, NoCSharpStruct, InvalidSetting, PartlyDefined, EnumDiffersByArchitecture, BaselineRenumbered, BaselineDirectionChanged, BaselineSizeChanged, BaselineExtensibleGrowth,
        BaselineRemoved, BaselineAdded, BaselineMalformed, InternalError,
    };
}
