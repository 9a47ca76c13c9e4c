namespace Nsfs.Generator.Tests.Oracle;

/// <summary>
/// Proves the oracle itself (libclang, the shim, the include order) gives the kernel's known numbers,
/// independently of the generator. The expected values come from kernel documentation and from
/// decoding the _IOC fields by hand, never from the code under test.
/// </summary>
public sealed class ClangOracleSelfTests(ClangOracleFixture oracle, ITestOutputHelper output)
    : IClassFixture<ClangOracleFixture>
{
    private static OracleQuery Query(
        string arch,
        string header,
        string? fixture = null,
        string[]? constants = null,
        OracleStructQuery[]? structs = null,
        string[]? probes = null)
    {
        var architecture = OracleArchitectures.Get(arch);
        var fixtureDirectory = fixture is null ? null : Path.Combine(OraclePaths.FixturesRoot, fixture);
        return new OracleQuery(
            architecture.ClangTriple ?? throw new ArgumentException($"{arch} has no clang target"),
            OraclePaths.IncludeDirectories(architecture, fixtureDirectory),
            header,
            constants ?? [],
            structs ?? [],
            probes ?? []);
    }

    // Read through a method the JIT cannot fold, so the dereference below is a real memory fault.
    private static string? Missing => Environment.GetEnvironmentVariable("NSFS_TEST_NEVER_SET_" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void A_null_dereference_after_libclang_is_loaded_is_still_a_managed_exception()
    {
        // With libclang's crash recovery left on, this fault would kill the whole test host
        // ("Illegal instruction") rather than be caught here.
        Assert.NotNull(oracle.Instance);
        string? missing = Missing;

        Assert.Throws<NullReferenceException>(() => missing!.Length);
    }

    // The fixture most tests read: the latest release's uapi headers.
    private OracleResult EvaluateLatest(
        string arch, string header, string[]? constants = null, OracleStructQuery[]? structs = null, string[]? probes = null) =>
        oracle.Instance.Evaluate(Query(arch, header, "releases/latest", constants, structs, probes));

    private static ulong Value(OracleResult result, string name)
    {
        var constant = result.Constants[name];
        Assert.True(constant.IsEvaluated, $"{name} did not evaluate: {constant.Error}");
        return constant.Value;
    }

    [Theory]
    // _IOR(0xb7, 6, int): dir READ, size 4. Generic READ is 2 in the top two bits; powerpc's is 2
    // in the top three bits (13 size bits). The expression's type follows sizeof's size_t through
    // the | chain: unsigned long on LP64 targets, unsigned int on ILP32 ones.
    [InlineData("x64", 0x8004b706UL, "unsigned long")]
    [InlineData("arm64", 0x8004b706UL, "unsigned long")]
    [InlineData("x86", 0x8004b706UL, "unsigned int")]
    [InlineData("ppc64le", 0x4004b706UL, "unsigned long")]
    [InlineData("mips", 0x4004b706UL, "unsigned int")]
    [InlineData("sparc64", 0x4004b706UL, "unsigned long")]
    public void NS_GET_PID_FROM_PIDNS_matches_the_kernel(string arch, ulong expected, string type)
    {
        var result = oracle.Instance.Evaluate(Query(arch, "linux/nsfs.h", constants: ["NS_GET_PID_FROM_PIDNS"]));

        Assert.Equal(expected, Value(result, "NS_GET_PID_FROM_PIDNS"));
        Assert.Equal(type, result.Constants["NS_GET_PID_FROM_PIDNS"].TypeSpelling);
    }

    [Fact]
    public void Latest_fixture_wins_over_the_vendored_header_and_gives_NS_GET_MNTNS_ID()
    {
        var result = EvaluateLatest("x64", "linux/nsfs.h", ["NS_GET_MNTNS_ID"]);

        Assert.EndsWith(Path.Combine("releases", "latest", "linux", "nsfs.h"), result.HeaderPath, StringComparison.Ordinal);
        Assert.Equal(0x8008b705UL, Value(result, "NS_GET_MNTNS_ID"));
    }

    [Fact]
    public void Old_fixture_defines_NS_GET_MNTNS_ID_as_plain_IO()
    {
        // v6.11-rc1 still had _IO(NSIO, 0x5): no direction, no size.
        var result = oracle.Instance.Evaluate(Query("x64", "linux/nsfs.h", "releases/v6.11-rc1", ["NS_GET_MNTNS_ID"]));

        Assert.Equal(0xb705UL, Value(result, "NS_GET_MNTNS_ID"));
    }

    [Theory]
    // _IO(0xb7, 1): generic _IOC_NONE is 0; mips/powerpc/sparc give NONE a bit (1 << 29).
    [InlineData("x64", 0x0000b701UL)]
    [InlineData("mips", 0x2000b701UL)]
    [InlineData("mips64el", 0x2000b701UL)]
    [InlineData("ppc", 0x2000b701UL)]
    [InlineData("sparc", 0x2000b701UL)]
    public void NS_GET_USERNS_uses_the_arch_direction_bits(string arch, ulong expected)
    {
        var result = oracle.Instance.Evaluate(Query(arch, "linux/nsfs.h", constants: ["NS_GET_USERNS"]));

        Assert.Equal(expected, Value(result, "NS_GET_USERNS"));
    }

    [Fact]
    public void Struct_sizes_and_offsets_on_x64()
    {
        var result = EvaluateLatest("x64", "linux/pidfd.h", constants: ["PIDFD_GET_INFO"],
            structs: [new("pidfd_info", ["mask", "exit_code", "coredump_mask", "coredump_pad", "supported_mask"])]);

        var info = result.Structs["pidfd_info"];
        Assert.Null(info.Error);
        Assert.Equal(88, info.Size);
        Assert.Equal(8, info.Alignment);
        Assert.Empty(info.MissingFields);
        Assert.Equal(0, info.OffsetOf("mask"));
        Assert.Equal(60, info.OffsetOf("exit_code"));
        // Members of the anonymous "coredump info" struct are found on the outer type.
        Assert.Equal(64, info.OffsetOf("coredump_mask"));
        Assert.Equal(76, info.OffsetOf("coredump_pad"));
        Assert.Equal(80, info.OffsetOf("supported_mask"));
        // _IOWR(0xff, 11, 88 bytes) = 0xc058ff0b.
        Assert.Equal(0xc058ff0bUL, Value(result, "PIDFD_GET_INFO"));
    }

    [Fact]
    public void Mnt_ns_info_is_16_bytes_and_sizes_its_ioctls()
    {
        var result = EvaluateLatest("x64", "linux/nsfs.h", constants: ["NS_MNT_GET_INFO"],
            structs: [new("mnt_ns_info", ["size", "nr_mounts", "mnt_ns_id"])]);

        var info = result.Structs["mnt_ns_info"];
        Assert.Equal(16, info.Size);
        Assert.Equal(8, info.OffsetOf("mnt_ns_id"));
        Assert.Equal(0x8010b70aUL, Value(result, "NS_MNT_GET_INFO"));
    }

    [Fact]
    public void I386_aligns_a_u64_member_to_4_bytes()
    {
        var result = EvaluateLatest("x86", "linux/nsfs.h",
            structs: [new("nsfs_file_handle", ["ns_id", "ns_type"])], probes: ["__u64", "__aligned_u64"]);

        Assert.Equal(4, result.TypeProbes["__u64"].AlignmentInStruct);
        Assert.Equal(8, result.TypeProbes["__u64"].Size);
        // The kernel's explicit fix for exactly this.
        Assert.Equal(8, result.TypeProbes["__aligned_u64"].AlignmentInStruct);
        Assert.Equal(4, result.Structs["nsfs_file_handle"].Alignment);
    }

    [Fact]
    public void A_constant_that_cannot_evaluate_is_reported_without_failing_the_others()
    {
        var result = EvaluateLatest("x64", "linux/pidfd.h",
            constants: ["PIDFD_NONBLOCK", "PIDFD_GET_PID_NAMESPACE", "NO_SUCH_MACRO", "PIDFD_INFO_EXIT"]);

        Assert.Contains("NO_SUCH_MACRO", result.Constants["NO_SUCH_MACRO"].Error, StringComparison.Ordinal);
        Assert.Equal(0xff05UL, Value(result, "PIDFD_GET_PID_NAMESPACE"));
        // O_NONBLOCK from the vendored asm-generic/fcntl.h through the generated asm/fcntl.h wrapper.
        Assert.Equal(0x800UL, Value(result, "PIDFD_NONBLOCK"));
        Assert.Equal(8UL, Value(result, "PIDFD_INFO_EXIT"));
        Assert.Equal("unsigned long", result.Constants["PIDFD_INFO_EXIT"].TypeSpelling);
    }

    [Fact]
    public void Signed_and_enumerator_values_keep_their_type()
    {
        var result = EvaluateLatest("x86", "linux/nsfs.h",
            constants: ["IPC_NS_INIT_INO", "LISTNS_CURRENT_USER", "MNT_NS_INFO_SIZE_VER0"]);

        Assert.Equal(0xEFFFFFFFUL, Value(result, "IPC_NS_INIT_INO"));
        Assert.Equal(ulong.MaxValue, Value(result, "LISTNS_CURRENT_USER"));
        Assert.Equal("unsigned long long", result.Constants["LISTNS_CURRENT_USER"].TypeSpelling);
        Assert.False(result.Constants["MNT_NS_INFO_SIZE_VER0"].IsUnsigned);
        Assert.Equal(16, result.Constants["MNT_NS_INFO_SIZE_VER0"].SignedValue);
    }

    [Fact]
    public void A_header_that_does_not_compile_fails_with_clangs_diagnostics()
    {
        // This development snapshot uses __u32 in struct mnt_ns_info without including linux/types.h.
        var query = Query("x64", "linux/nsfs.h", "dev-snapshots/v6.12-dev-brauner-e35c75b", ["NS_GET_USERNS"]);

        var failure = Assert.Throws<ClangDiagnosticsException>(() => oracle.Instance.Evaluate(query));
        Assert.Contains("unknown type name '__u32'", failure.Message, StringComparison.Ordinal);

        // With the missing include supplied first, the same snapshot compiles.
        var fixedUp = oracle.Instance.Evaluate(query with { PreludeIncludes = ["linux/types.h"] });
        Assert.Equal(0xb701UL, Value(fixedUp, "NS_GET_USERNS"));
    }

    [Theory]
    [InlineData("alpha-linux-gnu")]
    [InlineData("hppa-linux-gnu")]
    public void Clang_has_no_alpha_or_parisc_target(string triple)
    {
        var control = Query("x64", "linux/nsfs.h", constants: ["NS_GET_USERNS"]);
        Assert.True(oracle.Instance.Evaluate(control).Constants["NS_GET_USERNS"].IsEvaluated);

        var failure = Assert.Throws<ClangDiagnosticsException>(() => oracle.Instance.Evaluate(control with { Triple = triple }));
        output.WriteLine(failure.Message.Split('\n')[0]);
    }

    [Fact]
    public void Clang_m68k_aligns_long_long_to_8_unlike_linux()
    {
        // Pins the known clang deviation that OracleArchitecture.ClangAlignsInt64LikeLinux records:
        // m68k-linux-gnu-gcc puts every member wider than a byte on a 2-byte boundary. If clang is
        // fixed, this fails and the flag should go.
        var result = oracle.Instance.Evaluate(Query("m68k", "linux/nsfs.h", probes: ["int", "void *", "long long", "__u64"]));

        Assert.False(OracleArchitectures.Get("m68k").ClangAlignsInt64LikeLinux);
        var alignments = result.TypeProbes.ToDictionary(probe => probe.Key, probe => probe.Value.AlignmentInStruct, StringComparer.Ordinal);
        Assert.Equal(new Dictionary<string, long> { ["int"] = 2, ["void *"] = 2, ["long long"] = 8, ["__u64"] = 8 }, alignments);
    }

    [Fact]
    public void Defined_macros_come_from_the_included_header_only()
    {
        var result = oracle.Instance.Evaluate(Query("x64", "linux/nsfs.h", "releases/v4.9"));

        Assert.Equal(["__LINUX_NSFS_H", "NSIO", "NS_GET_USERNS", "NS_GET_PARENT"], result.DefinedMacros);
    }

    [Fact]
    public void Defined_structs_list_fields_with_anonymous_members_flattened()
    {
        var result = EvaluateLatest("x64", "linux/pidfd.h");

        var info = Assert.Single(result.DefinedStructs);
        Assert.Equal("pidfd_info", info.Name);
        Assert.Equal(
            ["mask", "cgroupid", "pid", "tgid", "ppid", "ruid", "rgid", "euid", "egid", "suid", "sgid", "fsuid",
             "fsgid", "exit_code", "coredump_mask", "coredump_signal", "coredump_code", "coredump_pad", "supported_mask"],
            info.Fields);
    }
}
