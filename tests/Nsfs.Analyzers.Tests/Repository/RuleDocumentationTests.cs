using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace Nsfs.Analyzers.Tests.Repository;

/// <summary>
/// Keeps the catalogue, the analyzers, help links, release tracking and docs/rules in step: every
/// rule of <see cref="UsageRules"/> has exactly one analyzer and links to its page, every released id
/// has a rule and a page titled like the rule.
/// </summary>
public sealed partial class RuleDocumentationTests
{
    private static readonly string AnalyzerDirectory = Path.Combine(RepositoryPaths.Root, "analyzers", "Nsfs.Analyzers");

    /// <summary>The catalogue: every descriptor <see cref="UsageRules"/> declares.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = typeof(UsageRules)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.FieldType == typeof(DiagnosticDescriptor))
        .Select(field => (DiagnosticDescriptor)field.GetValue(null)!)
        .ToList();

    [Fact]
    public void Every_rule_of_the_catalogue_has_exactly_one_analyzer_and_every_analyzer_one_rule()
    {
        Assert.NotEmpty(ShippedAnalyzers.All);
        foreach (var analyzer in ShippedAnalyzers.All)
        {
            Assert.Contains(Assert.Single(analyzer.SupportedDiagnostics), Descriptors);
        }

        var reported = ShippedAnalyzers.All.Select(analyzer => analyzer.SupportedDiagnostics[0].Id);
        Assert.Equal(Descriptors.Select(d => d.Id).Order(), reported.Order());
    }

    [Fact]
    public void Every_descriptor_links_to_its_page()
    {
        Assert.NotEmpty(Descriptors);
        foreach (var descriptor in Descriptors)
        {
            Assert.Equal($"{RepositoryPaths.Url}/blob/main/docs/rules/{descriptor.Id}.md", descriptor.HelpLinkUri);
            Assert.Equal(UsageRules.Category, descriptor.Category);
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
