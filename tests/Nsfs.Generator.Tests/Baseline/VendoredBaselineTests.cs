using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Nsfs.Headers.Baseline;

namespace Nsfs.Generator.Tests.Baseline;

/// <summary>The committed baselines and PROVENANCE.md stay true to the vendored headers.</summary>
public sealed partial class VendoredBaselineTests
{
    [Theory]
    [InlineData("linux/nsfs.h")]
    [InlineData("linux/pidfd.h")]
    public void The_committed_baseline_is_what_the_writer_makes_of_the_vendored_header(string includeName)
    {
        var committed = File.ReadAllText(Path.Combine(OraclePaths.HeadersRoot, includeName + ".shipped.txt"));

        // If this fails the header changed without its baseline: run `nsfs baseline accept headers/<header>` and review the diff.
        Assert.Equal(AbiBaseline.Write(BaselineInputs.Vendored(includeName)), committed);
    }

    [Fact]
    public void PROVENANCE_has_one_row_per_vendored_header_with_its_size_and_sha256()
    {
        var provenance = File.ReadAllText(Path.Combine(OraclePaths.HeadersRoot, "PROVENANCE.md"));
        var rows = RowPattern().Matches(provenance).ToDictionary(m => m.Groups["file"].Value, m => (Bytes: long.Parse(m.Groups["bytes"].Value, System.Globalization.CultureInfo.InvariantCulture), Sha: m.Groups["sha"].Value));

        var files = Directory.GetFiles(OraclePaths.HeadersRoot, "*.h", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(OraclePaths.HeadersRoot, f).Replace('\\', '/'),
                f => (Bytes: new FileInfo(f).Length, Sha: Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f)))));

        Assert.Equal(files.Keys.Order(StringComparer.Ordinal), rows.Keys.Order(StringComparer.Ordinal));
        Assert.All(files, f => Assert.Equal(f.Value, rows[f.Key]));
    }

    [GeneratedRegex(@"^\| `(?<file>[^`]+)` \| (?<bytes>\d+) \| (?<sha>[0-9a-f]{64}) \|", RegexOptions.Multiline)]
    private static partial Regex RowPattern();
}
