using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Nsfs.Headers.Lexing;

namespace Nsfs.Generator.Tests.Sweep;

/// <summary>
/// The whole Linux 4.19 uapi tree (an installed tree nobody here wrote; the copy in
/// <c>tests/Nsfs.Fuzz/Corpus/linux-4.19</c>, which the fuzzer seeds from too) on every architecture of
/// ours that has an <c>asm/</c> folder there: Nsfs must give every request value and every struct
/// layout clang gives, and the same one.
/// </summary>
public sealed class CorpusSweepTests(ITestOutputHelper output)
{
    // Our architectures whose kernel arch folder the corpus has (microblaze, openrisc and sh are not ours).
    private static readonly string[] Architectures =
    [
        "x64", "x86", "x32", "arm", "arm64", "mips", "mipsel", "mips64", "mips64el",
        "ppc", "ppc64", "ppc64le", "riscv32", "riscv64", "s390x", "m68k",
    ];

    private static string CorpusRoot => Path.Combine(OraclePaths.RepositoryRoot, "tests", "Nsfs.Fuzz", "Corpus", "linux-4.19");

    [Fact]
    public void Every_request_and_struct_of_the_4_19_tree_agrees_with_clang_on_every_architecture()
    {
        var clock = Stopwatch.StartNew();
        var corpus = new CorpusHeaders(CorpusRoot);
        var lexed = new ConcurrentDictionary<HeaderText, LexResult>();
        var results = new ConcurrentBag<SweepCounts>();
        Parallel.ForEach(Architectures, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, arch =>
        {
            using var oracle = new ClangOracle();
            results.Add(CorpusSweep.Run(corpus, arch, oracle, lexed));
        });

        var rows = results.OrderBy(r => Array.IndexOf(Architectures, r.Arch)).ToList();
        output.WriteLine(Table(rows));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{clock.Elapsed.TotalSeconds:F0} s for {rows.Count} architectures"));
        // Why clang rejects the headers it rejects (the rule that excludes their pairs), most common first.
        foreach (var reason in rows.SelectMany(r => r.Rejections.Select(x => x[(x.IndexOf(": ", StringComparison.Ordinal) + 2)..]))
            .GroupBy(x => x, StringComparer.Ordinal).OrderByDescending(g => g.Count()).Take(15))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"clang rejects {reason.Count(),4}x: {reason.Key}"));
        }

        var problems = rows.SelectMany(r => r.Problems).ToList();
        foreach (var problem in problems.Take(400))
        {
            output.WriteLine(problem);
        }

        Assert.Equal(Architectures.Length, rows.Count);
        Assert.All(rows, r => Assert.True(r.Requests > 0 && r.Structs > 0, $"{r.Arch}: nothing compared"));
        Assert.True(problems.Count == 0, $"{problems.Count} disagreements or absences:\n{string.Join('\n', problems.Take(100))}\n{Table(rows)}");
    }

    private static string Table(IReadOnlyList<SweepCounts> rows)
    {
        var text = new StringBuilder();
        text.AppendLine("arch       headers clang-rejects | requests agree mismatch absent refused excluded | structs agree mismatch absent");
        foreach (var r in rows.Append(Total(rows)))
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.Arch,-10} {r.Headers,7} {r.HeadersClangRejects,13} | {r.Requests,8} {r.RequestsAgree,5} {r.RequestsMismatch,8} {r.RequestsAbsent,6} {r.RequestsRefused,7} {r.RequestsExcluded,8} | {r.Structs,7} {r.StructsAgree,5} {r.StructsMismatch,8} {r.StructsAbsent,6}"));
        }

        return text.ToString();
    }

    private static SweepCounts Total(IReadOnlyList<SweepCounts> rows) => new(
        "total", rows.Sum(r => r.Headers), rows.Sum(r => r.HeadersClangRejects), rows.Sum(r => r.Requests), rows.Sum(r => r.RequestsAgree),
        rows.Sum(r => r.RequestsAbsent), rows.Sum(r => r.RequestsRefused), rows.Sum(r => r.RequestsExcluded), rows.Sum(r => r.Structs), rows.Sum(r => r.StructsAgree),
        rows.Sum(r => r.StructsAbsent), []);
}
