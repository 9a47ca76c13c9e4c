using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Nsfs.Analyzers.Tests.Infrastructure;

/// <summary>An instance of every analyzer the Nsfs.Analyzers assembly ships, found as the compiler finds them.</summary>
internal static class ShippedAnalyzers
{
    public static ImmutableArray<DiagnosticAnalyzer> All { get; } = typeof(NsfsAnalyzerBase).Assembly.GetTypes()
        .Where(type => type is { IsAbstract: false } && typeof(DiagnosticAnalyzer).IsAssignableFrom(type))
        .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
        .ToImmutableArray();
}
