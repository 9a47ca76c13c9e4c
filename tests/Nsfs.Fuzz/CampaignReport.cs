using System.Globalization;
using System.Text;

namespace Nsfs.Fuzz;

/// <summary>What a campaign did and found.</summary>
internal sealed class CampaignReport
{
    /// <summary>Each distinct finding (by signature): its first input, how often it was seen, and its reproducer once minimized.</summary>
    public List<(Finding Finding, long Index, string Seed, string Mutations, int Count, string? Reproducer)> Findings { get; } = new();

    public long Inputs { get; set; }

    public TimeSpan Elapsed { get; set; }

    public double SlowestMilliseconds { get; set; }

    public string SlowestInput { get; set; } = string.Empty;

    public long MostAllocatedBytes { get; set; }

    public string MostAllocatingInput { get; set; } = string.Empty;

    public int Seed { get; set; }

    /// <summary>Findings per kind (crash, timeout, slow, over-memory, exception, nsfs1999, unlocated), counting every input.</summary>
    public SortedDictionary<string, int> Kinds { get; } = new(StringComparer.Ordinal);

    public int Total => Kinds.Values.Sum();

    public string Summary()
    {
        var kinds = Kinds.Count > 0 ? ": " + string.Join(", ", Kinds.Select(k => $"{k.Value} {k.Key}")) : string.Empty;
        return string.Create(CultureInfo.InvariantCulture,
            $"seed {Seed}: {Inputs} inputs in {Elapsed.TotalSeconds:F0} s, {Total} findings ({Findings.Count} distinct){kinds}; slowest {SlowestMilliseconds:F0} ms ({SlowestInput}), most allocated {MostAllocatedBytes / (1024.0 * 1024):F0} MB ({MostAllocatingInput})");
    }

    public string Markdown()
    {
        var text = new StringBuilder();
        text.AppendLine("# Fuzz findings").AppendLine().AppendLine(Summary()).AppendLine();
        foreach (var (finding, index, seed, mutations, count, reproducer) in Findings)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"## {finding.Kind}: {finding.Signature}");
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"- first input: {index} ({seed}, {mutations}), seen {count} times");
            text.AppendLine(CultureInfo.InvariantCulture, $"- reproducer: {reproducer ?? "(not minimized)"}");
            text.AppendLine().AppendLine("```text").AppendLine(finding.Detail.Length > 4000 ? finding.Detail[..4000] : finding.Detail).AppendLine("```").AppendLine();
        }

        return text.ToString();
    }
}
