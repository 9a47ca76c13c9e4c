using System.Globalization;

namespace Nsfs.Benchmarks;

/// <summary>One row of BenchmarkDotNet's CSV export, with the columns the report uses.</summary>
/// <param name="Category">The benchmark category (one per row here).</param>
/// <param name="Method">The benchmark method.</param>
/// <param name="MeanNs">Mean time per operation, in nanoseconds.</param>
/// <param name="AllocatedBytes">Bytes allocated per operation.</param>
/// <param name="IsBaseline">Whether this is the category's C baseline.</param>
/// <param name="Ratio">BenchmarkDotNet's ratio to the baseline (current / baseline); null for the baseline or when it printed none.</param>
/// <param name="RatioText">The ratio as BenchmarkDotNet printed it ("1.04x slower").</param>
internal sealed record BenchmarkRow(string Category, string Method, double MeanNs, long AllocatedBytes, bool IsBaseline, double? Ratio, string RatioText);

/// <summary>
/// Reads the CSV that <see cref="BenchConfig"/>'s exporter writes: semicolon-separated, invariant
/// numbers with thousands separators and their unit ("1,484.7 ns", "160 B"), and the Ratio column
/// in trend style ("baseline", "1.04x slower", "2,345.678x faster").
/// </summary>
internal static class BenchmarkCsv
{
    public static List<BenchmarkRow> Read(string path)
    {
        var lines = File.ReadAllLines(path).Where(l => l.Length > 0).ToList();
        if (lines.Count < 2)
        {
            throw new InvalidDataException($"{path} has no benchmark rows.");
        }

        string[] header = Split(lines[0]);
        int Column(string name) => Array.IndexOf(header, name) is var i and >= 0
            ? i
            : throw new InvalidDataException($"{path} has no '{name}' column (columns: {string.Join(", ", header)}).");

        int method = Column("Method"), category = Column("Categories"), mean = Column("Mean");
        int ratio = Column("Ratio"), allocated = Column("Allocated");
        var rows = new List<BenchmarkRow>();
        foreach (string line in lines.Skip(1))
        {
            string[] cells = Split(line);
            string ratioText = cells[ratio];
            rows.Add(new BenchmarkRow(
                cells[category],
                cells[method],
                ParseQuantity(cells[mean], TimeUnits),
                (long)ParseQuantity(cells[allocated], SizeUnits),
                ratioText == "baseline",
                ParseTrend(ratioText),
                ratioText));
        }

        return rows;
    }

    /// <summary>"1.04x slower" is 1.04, "2.5x faster" is 0.4; anything else (baseline, NA, ?) is null.</summary>
    public static double? ParseTrend(string text)
    {
        const string Slower = "x slower", Faster = "x faster";
        if (text.EndsWith(Slower, StringComparison.Ordinal))
        {
            return ParseNumber(text[..^Slower.Length]);
        }

        if (text.EndsWith(Faster, StringComparison.Ordinal))
        {
            return 1 / ParseNumber(text[..^Faster.Length]);
        }

        return null;
    }

    // Nanoseconds and bytes per unit BenchmarkDotNet may print (the config asks for ns and B).
    private static readonly Dictionary<string, double> TimeUnits = new(StringComparer.Ordinal)
    {
        ["ns"] = 1, ["μs"] = 1e3, ["us"] = 1e3, ["ms"] = 1e6, ["s"] = 1e9,
    };

    private static readonly Dictionary<string, double> SizeUnits = new(StringComparer.Ordinal)
    {
        ["B"] = 1, ["KB"] = 1024, ["MB"] = 1024 * 1024, ["GB"] = 1024 * 1024 * 1024,
    };

    /// <summary>"1,484.7 ns" in the base unit; a bare number is taken as already in it ("-" is 0).</summary>
    private static double ParseQuantity(string text, Dictionary<string, double> units)
    {
        string[] parts = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 1)
        {
            return parts[0] == "-" ? 0 : ParseNumber(parts[0]);
        }

        return parts.Length == 2 && units.TryGetValue(parts[1], out double scale)
            ? ParseNumber(parts[0]) * scale
            : throw new InvalidDataException($"Cannot read '{text}' as a quantity.");
    }

    private static double ParseNumber(string text) =>
        double.Parse(text.Trim().Trim('"'), NumberStyles.Number, CultureInfo.InvariantCulture);

    // The exporter quotes a cell only when it contains the separator, which none of ours do.
    private static string[] Split(string line) => line.Split(';').Select(c => c.Trim().Trim('"')).ToArray();
}
