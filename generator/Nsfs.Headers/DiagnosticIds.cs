using System.Collections.Generic;

namespace Nsfs.Headers;

/// <summary>
/// Every diagnostic the header front end reports. Ids are never reused or renumbered; each has a
/// page <c>docs/rules/&lt;ID&gt;.md</c>.
/// </summary>
public static class DiagnosticIds
{
    /// <summary>A C syntax or preprocessor error (unbalanced <c>#if</c>, bad directive, unterminated comment, <c>#error</c>).</summary>
    public static readonly DiagnosticId SyntaxError = new("NSFS1001", "Header syntax error", HeaderDiagnosticSeverity.Error);

    /// <summary>A type used in <c>sizeof</c>, a cast or a struct member is not known for this architecture.</summary>
    public static readonly DiagnosticId UnknownType = new("NSFS1002", "Unknown type", HeaderDiagnosticSeverity.Error);

    /// <summary>An <c>#include</c> was not found among the include roots; parsing goes on without it.</summary>
    public static readonly DiagnosticId IncludeNotFound = new("NSFS1003", "Include not found", HeaderDiagnosticSeverity.Warning);

    /// <summary>A definition uses an identifier that no header defines.</summary>
    public static readonly DiagnosticId UnknownIdentifier = new("NSFS1004", "Unknown identifier", HeaderDiagnosticSeverity.Error);

    /// <summary>A definition was not generated because it depends on a header that was not found.</summary>
    public static readonly DiagnosticId SkippedForMissingInclude = new("NSFS1005", "Definition depends on a missing include", HeaderDiagnosticSeverity.Info);

    /// <summary>An ioctl field does not fit its bit field on an architecture (nr &gt; 255, size ≥ 2^SIZEBITS, …).</summary>
    public static readonly DiagnosticId FieldOutOfRange = new("NSFS1006", "ioctl field out of range", HeaderDiagnosticSeverity.Error);

    /// <summary>Two requests in one header share the same (type, nr).</summary>
    public static readonly DiagnosticId DuplicateRequest = new("NSFS1007", "Two requests share a type and number", HeaderDiagnosticSeverity.Error);

    /// <summary>A constant expression cannot be evaluated (division by zero, bad shift, not an integer).</summary>
    public static readonly DiagnosticId InvalidExpression = new("NSFS1008", "Invalid constant expression", HeaderDiagnosticSeverity.Error);

    /// <summary>A struct has different layouts on different architectures, so no single C# struct serves them all.</summary>
    public static readonly DiagnosticId LayoutDiffersByArchitecture = new("NSFS1009", "Struct layout differs between architectures", HeaderDiagnosticSeverity.Warning);

    /// <summary>A limit was hit (macro expansion, nesting or include depth) — usually a recursive or malicious header.</summary>
    public static readonly DiagnosticId LimitExceeded = new("NSFS1010", "Header too complex", HeaderDiagnosticSeverity.Error);

    /// <summary>The header's <c>.facts</c> annotation file is malformed or names something the header lacks.</summary>
    public static readonly DiagnosticId FactsError = new("NSFS1011", "Invalid facts annotation", HeaderDiagnosticSeverity.Error);

    /// <summary>The header contains a <c>#warning</c> directive.</summary>
    public static readonly DiagnosticId WarningDirective = new("NSFS1012", "#warning in header", HeaderDiagnosticSeverity.Warning);

    /// <summary>A type the target does not have (<c>__int128</c> on a 32-bit architecture), or a struct too large for C#, prevented a definition from being generated.</summary>
    public static readonly DiagnosticId Unsupported = new("NSFS1013", "Unsupported C construct", HeaderDiagnosticSeverity.Error);

    /// <summary>A request was renumbered (type or nr changed) against the shipped baseline.</summary>
    public static readonly DiagnosticId BaselineRenumbered = new("NSFS1101", "ioctl request renumbered", HeaderDiagnosticSeverity.Error);

    /// <summary>A request's direction changed against the shipped baseline.</summary>
    public static readonly DiagnosticId BaselineDirectionChanged = new("NSFS1102", "ioctl direction changed", HeaderDiagnosticSeverity.Error);

    /// <summary>A request's encoded size changed against the shipped baseline.</summary>
    public static readonly DiagnosticId BaselineSizeChanged = new("NSFS1103", "ioctl size changed", HeaderDiagnosticSeverity.Error);

    /// <summary>An extensible struct (one with a <c>_SIZE_VER0</c> macro) grew: old binaries keep working.</summary>
    public static readonly DiagnosticId BaselineExtensibleGrowth = new("NSFS1104", "Extensible ioctl struct grew", HeaderDiagnosticSeverity.Info);

    /// <summary>A request in the shipped baseline is gone from the header.</summary>
    public static readonly DiagnosticId BaselineRemoved = new("NSFS1105", "ioctl request removed", HeaderDiagnosticSeverity.Error);

    /// <summary>A request is not yet in the shipped baseline.</summary>
    public static readonly DiagnosticId BaselineAdded = new("NSFS1106", "ioctl request not in baseline", HeaderDiagnosticSeverity.Info);

    /// <summary>The baseline file itself cannot be read.</summary>
    public static readonly DiagnosticId BaselineMalformed = new("NSFS1107", "Malformed ABI baseline", HeaderDiagnosticSeverity.Error);

    /// <summary>An unexpected failure inside the generator; reported instead of throwing.</summary>
    public static readonly DiagnosticId InternalError = new("NSFS1999", "Internal generator error", HeaderDiagnosticSeverity.Error);

    /// <summary>All ids, in id order.</summary>
    public static IReadOnlyList<DiagnosticId> All { get; } = new[]
    {
        SyntaxError, UnknownType, IncludeNotFound, UnknownIdentifier, SkippedForMissingInclude, FieldOutOfRange,
        DuplicateRequest, InvalidExpression, LayoutDiffersByArchitecture, LimitExceeded, FactsError, WarningDirective,
        Unsupported, BaselineRenumbered, BaselineDirectionChanged, BaselineSizeChanged, BaselineExtensibleGrowth,
        BaselineRemoved, BaselineAdded, BaselineMalformed, InternalError,
    };
}
