using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Nsfs.Headers;

namespace Nsfs.Generator;

/// <summary>
/// The Roslyn descriptors of the header diagnostics, made from the one catalogue
/// (<see cref="DiagnosticIds"/>). Release tracking cannot read descriptors built in a loop, so
/// <c>GeneratorDiagnosticTests</c> checks AnalyzerReleases.*.md against the catalogue instead.
/// </summary>
internal static class GeneratorDiagnostics
{
    /// <summary>Every descriptor by id.</summary>
    public static IReadOnlyDictionary<string, DiagnosticDescriptor> ById { get; } = DiagnosticIds.All.ToDictionary(id => id.Code, Descriptor);

    /// <summary>The descriptor reported for an id the catalogue does not know (never expected).</summary>
    public static DiagnosticDescriptor InternalError => ById[DiagnosticIds.InternalError.Code];

    private static DiagnosticDescriptor Descriptor(DiagnosticId id) =>
        new(id.Code, id.Title, "{0}", id.Category, Severity(id.DefaultSeverity), isEnabledByDefault: id.IsEnabledByDefault, helpLinkUri: id.HelpLink);

    private static DiagnosticSeverity Severity(HeaderDiagnosticSeverity severity) => severity switch
    {
        HeaderDiagnosticSeverity.Error => DiagnosticSeverity.Error,
        HeaderDiagnosticSeverity.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Info,
    };
}
