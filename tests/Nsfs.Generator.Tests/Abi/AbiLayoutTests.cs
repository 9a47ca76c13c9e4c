using System.Globalization;
using Nsfs.Generator.Tests.Frontend;

namespace Nsfs.Generator.Tests.Abi;

/// <summary>
/// Every struct of <c>fixtures/nsfs-abi/layouts.h</c> (bit-fields, floating types, <c>__int128</c>,
/// pointers to incomplete types, alignment attributes in every position) laid out by Nsfs and by
/// clang for each target: size, alignment and every named member's offset in bits must agree.
/// </summary>
public sealed class AbiLayoutTests(ClangOracleFixture oracle, ITestOutputHelper output) : IClassFixture<ClangOracleFixture>
{
    private const string FixtureInclude = "nsfs-abi/layouts.h";

    private static string FixtureRoot => Path.Combine(OraclePaths.RepositoryRoot, "tests", "Nsfs.Generator.Tests", "Abi", "fixtures");

    // clang's m68k target aligns 4- and 8-byte scalars other than int, long and pointers more strictly
    // than the Linux m68k ABI (see OracleArchitecture.ClangAlignsInt64LikeLinux): no evidence there.
    public static TheoryData<string> Architectures() =>
        new(OracleArchitectures.WithClangTarget.Where(a => a.ClangAlignsInt64LikeLinux).Select(a => a.Name));

    [Theory]
    [MemberData(nameof(Architectures))]
    public void Every_struct_is_laid_out_as_clang_lays_it_out(string arch)
    {
        var architecture = OracleArchitectures.Get(arch);
        var includes = new[] { FixtureRoot }.Concat(OraclePaths.IncludeDirectories(architecture, null)).ToArray();
        var defined = oracle.Instance.Evaluate(new OracleQuery(architecture.ClangTriple!, includes, FixtureInclude, [], [], [])).DefinedStructs;
        var text = File.ReadAllText(Path.Combine(FixtureRoot, FixtureInclude));
        var structs = defined.Select(s => s with { Fields = s.Fields.Where(f => f.Length > 0).ToArray() }).ToArray();
        var clang = oracle.Instance.Evaluate(new OracleQuery(architecture.ClangTriple!, includes, FixtureInclude, [], structs, [])).Structs;

        var analysis = TestHeaders.Analyze(text, arch);
        Assert.Empty(analysis.Diagnostics.Where(d => d.Severity == Nsfs.Headers.HeaderDiagnosticSeverity.Error).Select(d => d.ToString()));
        var nsfs = analysis.Structs.Where(s => !s.Record.IsUnion).ToDictionary(s => s.Record.Tag!, StringComparer.Ordinal);

        var mismatches = new List<string>();
        foreach (var query in structs)
        {
            var expected = clang[query.Name];
            Assert.Null(expected.Error);
            if (!nsfs.TryGetValue(query.Name, out var actual))
            {
                mismatches.Add($"struct {query.Name}: not laid out by Nsfs");
                continue;
            }

            if ((actual.Size, actual.Align) != (expected.Size, expected.Alignment))
            {
                mismatches.Add(Invariant($"struct {query.Name}: size/align {actual.Size}/{actual.Align}, clang {expected.Size}/{expected.Alignment}"));
            }

            var offsets = actual.Fields.ToDictionary(f => f.Name, f => f.BitOffset, StringComparer.Ordinal);
            foreach (var (field, bits) in expected.FieldOffsetBits)
            {
                var mine = offsets.TryGetValue(field, out var found) ? found.ToString(CultureInfo.InvariantCulture) : "absent";
                if (mine != bits.ToString(CultureInfo.InvariantCulture))
                {
                    mismatches.Add(Invariant($"struct {query.Name}.{field}: bit offset {mine}, clang {bits}"));
                }
            }
        }

        output.WriteLine(Invariant($"{arch} ({architecture.ClangTriple}): {structs.Length} structs compared"));
        Assert.True(mismatches.Count == 0, $"{arch}:\n{string.Join('\n', mismatches)}");
        Assert.Equal(structs.Select(s => s.Name).Order(StringComparer.Ordinal), nsfs.Keys.Order(StringComparer.Ordinal));
        Assert.True(structs.Length >= 35, $"clang found only {structs.Length} structs in {FixtureInclude}");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
