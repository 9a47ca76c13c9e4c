using System.Text.RegularExpressions;
using Nsfs.Headers.Lexing;
using Nsfs.Headers.Preprocessing;

namespace Nsfs.Generator.Tests.Abi;

/// <summary>
/// The macros Nsfs predefines for a target against those clang predefines for its triple (what
/// <c>clang -target TRIPLE -dM -E</c> lists): every macro a header may test to tell targets and data
/// models apart must be defined by both or by neither, with the same expansion.
/// </summary>
public sealed partial class PredefinedMacroTests(ClangOracleFixture oracle, ITestOutputHelper output) : IClassFixture<ClangOracleFixture>
{
    // The ones uapi headers are known to test, including those no data model defines today.
    private static readonly string[] TestedByHeaders =
    [
        "__i386__", "__x86_64__", "__ILP32__", "__LP64__", "__aarch64__", "__arm__", "__ARM_EABI__", "__mips__", "_MIPS_SIM",
        "_ABIO32", "_ABIN32", "_ABI64", "__mips64", "__powerpc__", "__powerpc64__", "__sparc__", "__arch64__", "__s390__",
        "__s390x__", "__riscv", "__riscv_xlen", "__loongarch__", "__loongarch64", "__m68k__", "__csky__", "__alpha__", "__hppa__",
        "__BYTE_ORDER__", "__ORDER_LITTLE_ENDIAN__", "__ORDER_BIG_ENDIAN__", "__CHAR_UNSIGNED__", "__CHAR_BIT__", "__BIG_ENDIAN__",
        "__LITTLE_ENDIAN__", "_BIG_ENDIAN", "_LITTLE_ENDIAN", "__MIPSEB__", "__MIPSEL__", "__AARCH64EB__", "__ARMEB__", "__linux__",
    ];

    public static TheoryData<string> Architectures() => new(OracleArchitectures.WithClangTarget.Select(a => a.Name));

    [Theory]
    [MemberData(nameof(Architectures))]
    public void Data_model_macros_are_clangs(string arch)
    {
        var architecture = OracleArchitectures.Get(arch);
        var clang = oracle.Instance.PredefinedMacros(architecture.ClangTriple!);
        var nsfs = NsfsPredefined(DataModels.Find(arch)!);
        var everyNsfsName = DataModels.All.SelectMany(m => NsfsPredefined(m).Keys);
        // Names outside the implementation's reserved namespace (linux, unix, i386, mips, …) are GNU
        // modes' extras that ISO modes leave out; Nsfs leaves them out too (checked below).
        var names = clang.Keys.Where(name => DataModelMacro().IsMatch(name))
            .Concat(everyNsfsName)
            .Concat(TestedByHeaders)
            .Where(name => name.StartsWith('_'))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

        var mismatches = new List<string>();
        foreach (var name in names)
        {
            var expected = clang.TryGetValue(name, out var text) ? Normalize(text) : null;
            var actual = nsfs.GetValueOrDefault(name);
            if (expected != actual)
            {
                mismatches.Add($"{name}: Nsfs {actual ?? "(undefined)"}, clang {expected ?? "(undefined)"}");
            }
        }

        Assert.All(nsfs.Keys, name => Assert.StartsWith("_", name, StringComparison.Ordinal));
        output.WriteLine($"{arch} ({architecture.ClangTriple}): {names.Count} macros compared, {names.Count(clang.ContainsKey)} defined by clang");
        Assert.True(mismatches.Count == 0, $"{arch} ({architecture.ClangTriple}):\n{string.Join('\n', mismatches)}");
    }

    [Fact]
    public void Clang_is_asked_for_every_target_the_data_model_has_one_for() =>
        Assert.Equal(
            DataModels.All.Select(m => m.Name).Where(n => OracleArchitectures.Get(n).ClangTriple is not null).Order(StringComparer.Ordinal),
            OracleArchitectures.WithClangTarget.Select(a => a.Name).Order(StringComparer.Ordinal));

    // Each macro the data model predefines, fully expanded (as clang's stringized expansion is).
    private static Dictionary<string, string> NsfsPredefined(DataModel model)
    {
        var result = new Preprocessor(new HeaderSet(), model).Run(new HeaderText("empty.h", "empty.h", string.Empty));
        var names = model.PredefinedMacros.Select(line => line.Split(' ')[0]);
        return names.ToDictionary(
            name => name,
            name => Normalize(Tokens.Spell(new MacroExpander(result.Macros).Expand(Lexer.Lex("<test>", name).Tokens))),
            StringComparer.Ordinal);
    }

    private static string Normalize(string text) => string.Join(' ', Lexer.Lex("<clang>", text).Tokens.Select(t => t.Text));

    // Sizes, widths, limits, byte order, signedness and the ILP32/LP64 pair: the facts of a data model.
    [GeneratedRegex(@"^(__SIZEOF_\w+__|__(SHRT|INT|LONG|LLONG|POINTER|SIZE|PTRDIFF|INTPTR|UINTPTR|WCHAR|WINT|INTMAX|UINTMAX)_WIDTH__|__(SCHAR|SHRT|INT|LONG|LONG_LONG|WCHAR|SIZE|PTRDIFF|INTPTR|UINTPTR|INTMAX|UINTMAX)_MAX__|__CHAR_BIT__|__W?CHAR_UNSIGNED__|__BYTE_ORDER__|__ORDER_\w+_ENDIAN__|__(BIG|LITTLE)_ENDIAN__|__BIGGEST_ALIGNMENT__|_?_I?LP(32|64)(__)?)$")]
    private static partial Regex DataModelMacro();
}
