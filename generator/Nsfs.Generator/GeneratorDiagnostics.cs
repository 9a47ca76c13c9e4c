using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Nsfs.Generator;

/// <summary>
/// The Roslyn descriptors of the header diagnostics. Ids, titles and severities mirror
/// <c>Nsfs.Headers.DiagnosticIds</c> (a test keeps them equal); they are spelled out here because
/// release tracking (AnalyzerReleases.*.md) reads literal descriptor arguments.
/// </summary>
internal static class GeneratorDiagnostics
{
    private const string HeaderCategory = "Nsfs.Header";
    private const string AbiCategory = "Nsfs.Abi";

    /// <summary>Where each rule's page lives.</summary>
    public const string HelpLinkBase = "https://github.com/nsfs/nsfs/blob/main/docs/rules/";

    public static readonly DiagnosticDescriptor NSFS1001 = Header("NSFS1001", "Header syntax error", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor NSFS1002 = Header("NSFS1002", "Unknown type", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor NSFS1003 = Header("NSFS1003", "Include not found", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor NSFS1004 = Header("NSFS1004", "Unknown identifier", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor NSFS1005 = Header("NSFS1005", "Definition depends on a missing include", DiagnosticSeverity.Info);
    public static readonly DiagnosticDescriptor NSFS1006 = Header("NSFS1006", "ioctl field out of range", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor NSFS1007 = Header("NSFS1007", "Two requests share a type and number", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor NSFS1008 = Header("NSFS1008", "Invalid constant expression", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor NSFS1009 = Header("NSFS1009", "Struct layout differs between architectures", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor NSFS1010 = Header("NSFS1010", "Header too complex", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor NSFS1011 = Header("NSFS1011", "Invalid facts annotation", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor NSFS1012 = Header("NSFS1012", "#warning in header", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor NSFS1013 = Header("NSFS1013", "Unsupported C construct", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor NSFS1101 = Abi("NSFS1101", "ioctl request renumbered", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor NSFS1102 = Abi("NSFS1102", "ioctl direction changed", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor NSFS1103 = Abi("NSFS1103", "ioctl size changed", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor NSFS1104 = Abi("NSFS1104", "Extensible ioctl struct grew", DiagnosticSeverity.Info);
    public static readonly DiagnosticDescriptor NSFS1105 = Abi("NSFS1105", "ioctl request removed", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor NSFS1106 = Abi("NSFS1106", "ioctl request not in baseline", DiagnosticSeverity.Info);
    public static readonly DiagnosticDescriptor NSFS1107 = Abi("NSFS1107", "Malformed ABI baseline", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor NSFS1999 = Header("NSFS1999", "Internal generator error", DiagnosticSeverity.Error);

    /// <summary>Every descriptor by id.</summary>
    public static IReadOnlyDictionary<string, DiagnosticDescriptor> ById { get; } = new[]
    {
        NSFS1001, NSFS1002, NSFS1003, NSFS1004, NSFS1005, NSFS1006, NSFS1007, NSFS1008, NSFS1009, NSFS1010, NSFS1011,
        NSFS1012, NSFS1013, NSFS1101, NSFS1102, NSFS1103, NSFS1104, NSFS1105, NSFS1106, NSFS1107, NSFS1999,
    }.ToDictionary(d => d.Id);

    private static DiagnosticDescriptor Header(string id, string title, DiagnosticSeverity severity) =>
        new(id, title, "{0}", HeaderCategory, severity, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + id + ".md");

    private static DiagnosticDescriptor Abi(string id, string title, DiagnosticSeverity severity) =>
        new(id, title, "{0}", AbiCategory, severity, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + id + ".md");
}
