using System.Diagnostics;
using System.Globalization;

namespace Nsfs.Generator.Tests.Oracle;

/// <summary>
/// Runs the oracle over every fixture header on every clang target, asking for every macro and struct
/// clang itself finds in the header. This is the load the generator comparison puts on the oracle, so
/// it also guards the time budget; and it proves every fixture compiles under the shim.
/// </summary>
public sealed class OracleFixtureSweepTests(ClangOracleFixture oracle, ITestOutputHelper output)
    : IClassFixture<ClangOracleFixture>
{
    private static readonly string[] Headers = ["linux/nsfs.h", "linux/pidfd.h"];

    // Fixture headers that use __u32/__u64 without including linux/types.h (a development
    // snapshot); they compile only with that header included first. Checked, not assumed: the sweep
    // fails if one of these compiles on its own.
    private static readonly string[] NeedLinuxTypesFirst = ["dev-snapshots/v6.12-dev-brauner-e35c75b/linux/nsfs.h"];

    [Fact]
    public void Every_fixture_header_compiles_and_evaluates_on_every_clang_target()
    {
        var clock = Stopwatch.StartNew();
        int units = 0, constants = 0, unevaluated = 0, layouts = 0, offsets = 0;
        var reasons = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var fixture in OraclePaths.FixtureVersionDirectories())
        {
            foreach (var header in Headers.Where(h => File.Exists(Path.Combine(fixture, h))))
            {
                var relative = Path.GetRelativePath(OraclePaths.FixturesRoot, Path.Combine(fixture, header));
                var prelude = NeedLinuxTypesFirst.Contains(relative, StringComparer.Ordinal) ? ["linux/types.h"] : Array.Empty<string>();
                if (prelude.Length > 0)
                {
                    Assert.Throws<ClangDiagnosticsException>(() => oracle.Instance.Evaluate(Query(OracleArchitectures.Get("x64"), fixture, header, [], [])));
                }

                // clang's own list of what the header defines drives the questions.
                var survey = oracle.Instance.Evaluate(Query(OracleArchitectures.Get("x64"), fixture, header, [], []) with { PreludeIncludes = prelude });
                Assert.EndsWith(relative, survey.HeaderPath, StringComparison.Ordinal);
                var names = survey.DefinedMacros.Where(m => !m.StartsWith('_')).ToArray();

                foreach (var architecture in OracleArchitectures.WithClangTarget)
                {
                    var result = oracle.Instance.Evaluate(
                        Query(architecture, fixture, header, names, survey.DefinedStructs) with { PreludeIncludes = prelude });
                    units++;
                    foreach (var constant in result.Constants.Values)
                    {
                        constants++;
                        if (!constant.IsEvaluated)
                        {
                            unevaluated++;
                            reasons.Add($"{constant.Name}: {constant.Error!.Split('\n')[0].Split(": error: ")[^1]}");
                        }
                    }

                    foreach (var layout in result.Structs.Values)
                    {
                        Assert.Null(layout.Error);
                        Assert.Empty(layout.MissingFields);
                        Assert.True(layout.Size > 0 && layout.Alignment > 0, $"{layout.Name} on {architecture.Name}");
                        layouts++;
                        offsets += layout.FieldOffsetBits.Count;
                    }
                }
            }
        }

        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{units} translation units; {constants} constants ({unevaluated} not evaluable), {layouts} struct layouts, {offsets} field offsets in {clock.Elapsed.TotalSeconds:F2} s"));
        foreach (var reason in reasons)
        {
            output.WriteLine("not evaluable: " + reason);
        }

        Assert.True(units > 0);
        // Only names that depend on names the header's include closure never defines may fail (an
        // older fixture's pidfd.h beside today's fcntl.h); every ioctl request must evaluate.
        Assert.DoesNotContain(reasons, r => r.StartsWith("NS_", StringComparison.Ordinal) || r.StartsWith("PIDFD_GET_", StringComparison.Ordinal));
    }

    private static OracleQuery Query(
        OracleArchitecture architecture, string fixture, string header, IReadOnlyList<string> constants, IReadOnlyList<OracleStructQuery> structs) =>
        new(architecture.ClangTriple!, OraclePaths.IncludeDirectories(architecture, fixture), header, constants, structs, []);
}
