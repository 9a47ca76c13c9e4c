namespace Nsfs.Generator.Tests.Frontend;

/// <summary>
/// The data-model table (<see cref="DataModels"/>) against its three sources of truth: the vendored
/// asm-generic/int-ll64.h, clang's own targets, and the runtime's LinuxArchitecture enum.
/// </summary>
public sealed class DataModelTests(ClangOracleFixture oracle) : IClassFixture<ClangOracleFixture>
{
    private static readonly string[] FixedWidth = ["__s8", "__u8", "__s16", "__u16", "__s32", "__u32", "__s64", "__u64"];

    public static TheoryData<string> Architectures() => new(DataModels.All.Select(m => m.Name));

    [Theory]
    [MemberData(nameof(Architectures))]
    public void Built_in_fixed_width_typedefs_agree_with_int_ll64_h(string arch)
    {
        var model = DataModels.Find(arch)!;
        var header = new HeaderText("asm-generic/int-ll64.h", "<vendored>/asm-generic/int-ll64.h", VendoredHeaders.Read("asm-generic/int-ll64.h")!);

        var analysis = HeaderEvaluator.Evaluate(header, VendoredHeaders.Provider, model);

        Assert.DoesNotContain(analysis.Diagnostics, d => d.Severity == HeaderDiagnosticSeverity.Error);
        foreach (var name in FixedWidth)
        {
            Assert.True(analysis.Types.TryGetTypedef(name, out var parsed), name);
            var builtin = model.BuiltinTypedefs[name];
            // The header must really have been read: its typedef replaces the built-in one.
            Assert.NotSame(builtin, parsed);
            var (parsedKind, builtinKind) = (((IntegerType)parsed).Kind, ((IntegerType)builtin).Kind);
            Assert.True(parsedKind == builtinKind, $"{name} on {arch}: header says {parsedKind}, data model {builtinKind}");
            Assert.Equal(Layouts.SizeOf(parsed, model, default), Layouts.SizeOf(builtin, model, default));
            Assert.Equal(Layouts.AlignOf(parsed, model, default), Layouts.AlignOf(builtin, model, default));
        }
    }

    public static TheoryData<string> ClangArchitectures() => new(OracleArchitectures.WithClangTarget.Select(a => a.Name));

    [Theory]
    [MemberData(nameof(ClangArchitectures))]
    public void Sizes_alignments_and_char_signedness_match_clangs_target(string arch)
    {
        var architecture = OracleArchitectures.Get(arch);
        var model = DataModels.Find(arch)!;
        var probes = new (string Type, int Size, int Align)[]
        {
            ("short", 2, model.ShortAlign), ("int", 4, model.IntAlign), ("long", model.LongSize, model.LongAlign),
            ("long long", 8, model.LongLongAlign), ("void *", model.PointerSize, model.PointerAlign),
        };
        var query = new OracleQuery(architecture.ClangTriple!, OraclePaths.IncludeDirectories(architecture, null), "linux/types.h",
            ["(char)-1 < 0", "sizeof(__kernel_size_t) == sizeof(unsigned long)"], [], probes.Select(p => p.Type).ToArray());

        var result = oracle.Instance.Evaluate(query);

        foreach (var (type, size, align) in probes)
        {
            var probe = result.TypeProbes[type];
            Assert.True(size == probe.Size, $"sizeof({type}) on {arch}: {size}, clang {probe.Size}");
            // clang 22 aligns m68k's long long to 8 where Linux (GCC) uses 2: not evidence there.
            if (architecture.ClangAlignsInt64LikeLinux || type != "long long")
            {
                Assert.True(align == probe.AlignmentInStruct, $"alignment of {type} in a struct on {arch}: {align}, clang {probe.AlignmentInStruct}");
            }
        }

        Assert.Equal(model.CharIsSigned ? 1UL : 0UL, result.Constants["(char)-1 < 0"].Value);
    }

    [Fact]
    public void Every_LinuxArchitecture_member_has_exactly_one_data_model()
    {
        // DataModels names its rows with the runtime's enum (the same source file, linked into the
        // front end), so a row cannot name an architecture the runtime lacks; this checks none is missing.
        var members = Enum.GetNames<Nsfs.Metadata.LinuxArchitecture>();

        Assert.Equal(members.Order(StringComparer.Ordinal), DataModels.All.Select(m => m.CSharpName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_data_model_row_is_unique_and_found_by_either_name()
    {
        Assert.Equal(DataModels.All.Count, DataModels.All.Select(m => m.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(DataModels.All, m => Assert.Same(m, DataModels.Find(m.CSharpName)));
        Assert.All(DataModels.All, m => Assert.Equal(m.LongSize == 8 ? IntegerKind.UnsignedLong : IntegerKind.UnsignedInt, m.SizeType));
    }
}
