using System.Globalization;

namespace Nsfs.Generator.Tests.Oracle;

/// <summary>
/// Checks every triple in <see cref="OracleArchitectures"/> against the bundled libclang: it parses the
/// headers and has the word size the kernel ABI has. Also prints the data-model facts clang applies
/// (sizes and alignments in a struct) for comparing with the generator's own table.
/// </summary>
public sealed class OracleTargetTests(ClangOracleFixture oracle, ITestOutputHelper output)
    : IClassFixture<ClangOracleFixture>
{
    private static readonly string[] Probes =
        ["short", "int", "long", "long long", "void *", "double", "__u64", "__aligned_u64"];

    // The kernel ABI's word size per architecture (LP64 or ILP32; x32 is ILP32), from the kernel
    // documentation, independent of clang.
    public static TheoryData<string, int> WordSizes => new()
    {
        { "x64", 8 }, { "x86", 4 }, { "x32", 4 }, { "arm", 4 }, { "arm64", 8 },
        { "riscv32", 4 }, { "riscv64", 8 }, { "loongarch64", 8 }, { "s390x", 8 },
        { "ppc", 4 }, { "ppc64", 8 }, { "ppc64le", 8 },
        { "mips", 4 }, { "mipsel", 4 }, { "mips64", 8 }, { "mips64el", 8 },
        { "sparc", 4 }, { "sparc64", 8 }, { "m68k", 4 }, { "csky", 4 },
    };

    [Fact]
    public void Every_architecture_with_a_clang_target_has_a_word_size_row()
    {
        var rows = WordSizes.Select(row => (string)row[0]).Order(StringComparer.Ordinal);

        Assert.Equal(OracleArchitectures.WithClangTarget.Select(a => a.Name).Order(StringComparer.Ordinal), rows);
    }

    [Theory]
    [MemberData(nameof(WordSizes))]
    public void Triple_parses_with_the_kernel_word_size(string arch, int wordSize)
    {
        var architecture = OracleArchitectures.Get(arch);
        var result = oracle.Instance.Evaluate(new OracleQuery(
            architecture.ClangTriple!,
            OraclePaths.IncludeDirectories(architecture, null),
            "linux/nsfs.h",
            ["__BITS_PER_LONG"],
            [],
            Probes));

        var p = result.TypeProbes;
        Assert.Equal(wordSize, p["long"].Size);
        Assert.Equal(wordSize, p["void *"].Size);
        Assert.Equal((ulong)wordSize * 8, result.Constants["__BITS_PER_LONG"].Value);
        Assert.Equal(8, p["__u64"].Size);
        Assert.Equal(8, p["__aligned_u64"].AlignmentInStruct);

        output.WriteLine(string.Join(
            "  ",
            new[] { $"{arch} ({architecture.ClangTriple}):" }.Concat(Probes.Select(t =>
                string.Create(CultureInfo.InvariantCulture, $"{t}={p[t].Size}/{p[t].Alignment}/{p[t].AlignmentInStruct}")))));
    }
}
