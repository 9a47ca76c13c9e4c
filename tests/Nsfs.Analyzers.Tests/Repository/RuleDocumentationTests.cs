using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Nsfs.Analyzers.Rules;

namespace Nsfs.Analyzers.Tests.Repository;

/// <summary>
/// Keeps ids, help links, release tracking and docs/rules in step: every descriptor links to its
/// page, every released id has a descriptor and a page titled like the descriptor.
/// </summary>
public sealed partial class RuleDocumentationTests
{
    private static readonly string AnalyzerDirectory = Path.Combine(RepositoryPaths.Root, "analyzers", "Nsfs.Analyzers");

    public static IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = typeof(NsfsAnalyzerBase).Assembly.GetTypes()
        .Where(type => type is { IsAbstract: false } && typeof(DiagnosticAnalyzer).IsAssignableFrom(type))
        .SelectMany(type => ((DiagnosticAnalyzer)Activator.CreateInstance(type)!).SupportedDiagnostics)
        .ToList();

    [Fact]
    public void Every_descriptor_links_to_its_page()
    {
        Assert.NotEmpty(Descriptors);
        foreach (var descriptor in Descriptors)
        {
            Assert.Equal($"{RepositoryPaths.Url}/blob/main/docs/rules/{descriptor.Id}.md", descriptor.HelpLinkUri);
            Assert.Equal(RuleIds.UsageCategory, descriptor.Category);
        }

        Assert.Equal(Descriptors.Count, Descriptors.Select(d => d.Id).Distinct().Count());
    }

    [Fact]
    public void Every_released_id_has_a_descriptor_and_a_page()
    {
        var released = ReleasedRules().ToList();
        Assert.Equal(Descriptors.Select(d => d.Id).Order(), released.Select(r => r.Id).Order());
        foreach (var (id, category, severity, notes) in released)
        {
            var descriptor = Descriptors.Single(d => d.Id == id);
            Assert.Equal(descriptor.Category, category);
            Assert.Equal(descriptor.DefaultSeverity.ToString(), severity);
            Assert.Contains(descriptor.HelpLinkUri, notes, StringComparison.Ordinal);

            string page = Path.Combine(RepositoryPaths.Root, "docs", "rules", id + ".md");
            Assert.True(File.Exists(page), $"{id} has no docs/rules/{id}.md");
            string text = File.ReadAllText(page);
            Assert.StartsWith($"# {id}: {descriptor.Title}\n", text, StringComparison.Ordinal);
            Assert.Contains($"| Severity | {severity} |", text, StringComparison.Ordinal);
            Assert.Contains("## Before", text, StringComparison.Ordinal);
            Assert.Contains("## After", text, StringComparison.Ordinal);
            Assert.Contains($"dotnet_diagnostic.{id}.severity", text, StringComparison.Ordinal);
        }
    }

    private static IEnumerable<(string Id, string Category, string Severity, string Notes)> ReleasedRules()
    {
        foreach (string file in new[] { "AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md" })
        {
            foreach (string line in File.ReadAllLines(Path.Combine(AnalyzerDirectory, file)))
            {
                var match = RuleLine().Match(line);
                if (match.Success)
                {
                    yield return (match.Groups["id"].Value, match.Groups["category"].Value, match.Groups["severity"].Value, match.Groups["notes"].Value);
                }
            }
        }
    }

    [GeneratedRegex(@"^(?<id>NSFS\d{4})\s*\|\s*(?<category>[^|]+?)\s*\|\s*(?<severity>\w+)\s*\|\s*(?<notes>.*)$")]
    private static partial Regex RuleLine();
}
