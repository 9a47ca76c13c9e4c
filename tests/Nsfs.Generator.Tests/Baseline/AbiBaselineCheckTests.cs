using Nsfs.Headers.Baseline;

namespace Nsfs.Generator.Tests.Baseline;

/// <summary>The generator's entry point: each change against a baseline is one located NSFS11xx diagnostic.</summary>
public sealed class AbiBaselineCheckTests
{
    private const string BaselinePath = "linux/nsfs.h.shipped.txt";

    [Fact]
    public void The_seed_renumbering_is_three_NSFS1101_errors_at_the_new_defines_and_one_NSFS1106()
    {
        var baseline = AbiBaseline.Write(BaselineInputs.Fixture("dev-snapshots/v6.11-rc1-dev-ca567df7", "nsfs.h"));
        var model = BaselineInputs.Fixture("releases/v6.11-rc1", "nsfs.h");

        var diagnostics = AbiBaselineCheck.Compare(model, BaselinePath, baseline);

        // v6.11-rc1: MNTNS_ID is on line 19, PID_FROM on 21, PID_IN on 25, TGID_IN on 27 ("#define " is 8 columns).
        Assert.Equal(
            [
                ("NSFS1106", HeaderDiagnosticSeverity.Info, 19),
                ("NSFS1101", HeaderDiagnosticSeverity.Error, 21),
                ("NSFS1101", HeaderDiagnosticSeverity.Error, 25),
                ("NSFS1101", HeaderDiagnosticSeverity.Error, 27),
            ],
            diagnostics.Select(d => (d.Id, d.Severity, d.Location.Line)).OrderBy(d => d.Line));
        Assert.All(diagnostics, d => Assert.Equal((model.DisplayPath, 9), (d.Location.Path, d.Location.Column)));
        Assert.Contains(diagnostics, d => d.Message.StartsWith("NS_GET_PID_FROM_PIDNS was renumbered: nr 0x05 -> 0x06 (baseline: _IOR(NSIO, 0x5, int))", StringComparison.Ordinal));
    }

    [Fact]
    public void A_direction_change_is_NSFS1102()
    {
        var baseline = AbiBaseline.Write(BaselineInputs.Fixture("releases/v6.11-rc1", "nsfs.h"));

        var diagnostic = Assert.Single(AbiBaselineCheck.Compare(BaselineInputs.Fixture("releases/v6.11", "nsfs.h"), BaselinePath, baseline));

        Assert.Equal(("NSFS1102", HeaderDiagnosticSeverity.Error), (diagnostic.Id, diagnostic.Severity));
        Assert.StartsWith("NS_GET_MNTNS_ID changed direction: dir none -> read, size 0 -> 8", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Removed_requests_are_NSFS1105_at_their_baseline_lines()
    {
        var baseline = AbiBaseline.Write(BaselineInputs.Fixture("releases/v6.12", "nsfs.h"));

        var diagnostics = AbiBaselineCheck.Compare(BaselineInputs.Fixture("releases/v6.11", "nsfs.h"), BaselinePath, baseline);

        // Three comment lines, then NS_GET_MNTNS_ID … NS_GET_USERNS (9 lines), then the NS_MNT_GET_* lines 13 to 15.
        Assert.Equal(
            [(BaselinePath, 13, "NS_MNT_GET_INFO"), (BaselinePath, 14, "NS_MNT_GET_NEXT"), (BaselinePath, 15, "NS_MNT_GET_PREV")],
            diagnostics.Select(d => (d.Location.Path, d.Location.Line, d.Message.Split(' ')[0])));
        Assert.All(diagnostics, d => Assert.Equal(("NSFS1105", HeaderDiagnosticSeverity.Error), (d.Id, d.Severity)));
    }

    [Fact]
    public void PIDFD_GET_INFO_growing_from_80_to_88_is_NSFS1104_info()
    {
        var baseline = AbiBaseline.Write(BaselineInputs.Fixture("dev-snapshots/pidfd-torvalds-212c4053", "pidfd.h"));

        var diagnostic = Assert.Single(AbiBaselineCheck.Compare(BaselineInputs.Fixture("dev-snapshots/pidfd-linux-fsdevel-vfs-1cc37743", "pidfd.h"), "pidfd.h.shipped.txt", baseline));

        Assert.Equal(("NSFS1104", HeaderDiagnosticSeverity.Info), (diagnostic.Id, diagnostic.Severity));
        Assert.StartsWith("PIDFD_GET_INFO grew compatibly: size 80 -> 88", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Growth_without_a_SIZE_VER0_macro_is_NSFS1103()
    {
        var diagnostic = Assert.Single(Check(
            "struct foo { int a; };\n#define FOO_SET _IOW(0xAB, 1, struct foo)\n",
            "struct foo { int a; int b; };\n#define FOO_SET _IOW(0xAB, 1, struct foo)\n"));

        Assert.Equal(("NSFS1103", HeaderDiagnosticSeverity.Error), (diagnostic.Id, diagnostic.Severity));
        Assert.StartsWith("FOO_SET changed size: size 4 -> 8", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    // From below SIZE_VER0: the old size (4) was never a size the kernel accepted, so this is no extension of it.
    [InlineData(8, "int a; int b; int c;", "NSFS1103")]
    // From SIZE_VER0 up: a compatible growth.
    [InlineData(4, "int a; int b;", "NSFS1104")]
    public void Growth_of_a_struct_with_SIZE_VER0_is_compatible_only_from_that_size_up(int sizeVer0, string grownMembers, string expected)
    {
        string Header(string members) => $"#define FOO_SIZE_VER0 {sizeVer0}\nstruct foo {{ {members} }};\n#define FOO_SET _IOW(0xAB, 1, struct foo)\n";

        var diagnostic = Assert.Single(Check(Header("int a;"), Header(grownMembers)));

        Assert.Equal(expected, diagnostic.Id);
    }

    [Fact]
    public void A_size_change_on_some_architectures_names_them()
    {
        var diagnostic = Assert.Single(Check("#define FOO_GET _IOR(0xAB, 1, long)\n", "#define FOO_GET _IOR(0xAB, 1, long long)\n"));

        Assert.Equal("NSFS1103", diagnostic.Id);
        Assert.StartsWith("FOO_GET changed size: size 4 -> 8 on x86, x32, arm, riscv32, ppc, mips, mipsel, sparc, parisc, m68k, csky", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_type_change_is_NSFS1101()
    {
        var diagnostic = Assert.Single(Check("#define FOO _IO(0xAB, 1)\n", "#define FOO _IO(0xAC, 1)\n"));

        Assert.Equal("NSFS1101", diagnostic.Id);
        Assert.StartsWith("FOO was renumbered: type 0xab -> 0xac", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_baseline_line_is_NSFS1107_and_its_request_shows_as_new()
    {
        var model = BaselineInputs.Fixture("releases/v4.9", "nsfs.h");
        var baseline = "NS_GET_USERNS\t_IO(NSIO, 0x1)\tdir=none type=0xb7 nr=0x01 size=0\nNS_GET_PARENT\t_IO(NSIO, 0x2)\tdir=none\n";

        var diagnostics = AbiBaselineCheck.Compare(model, BaselinePath, baseline);

        Assert.Equal([("NSFS1107", BaselinePath, 2), ("NSFS1106", model.DisplayPath, model.Requests.Single(r => r.Name == "NS_GET_PARENT").Location.Line)],
            diagnostics.Select(d => (d.Id, d.Location.Path, d.Location.Line)));
    }

    [Fact]
    public void A_colliding_header_matched_by_its_own_baseline_reports_nothing_new()
    {
        // The collision itself is NSFS1007 from the front end; the baseline check does not repeat it.
        var model = BaselineInputs.Fixture("dev-snapshots/v6.11-merge-amazonlinux-735f03f", "nsfs.h");

        Assert.Contains(model.Diagnostics, d => d.Id == DiagnosticIds.DuplicateRequest.Code);
        Assert.Empty(AbiBaselineCheck.Compare(model, BaselinePath, AbiBaseline.Write(model)));
    }

    private static IReadOnlyList<HeaderDiagnostic> Check(string oldBody, string newBody)
    {
        var older = BaselineInputs.FromText("#include <linux/ioctl.h>\n" + oldBody);
        var newer = BaselineInputs.FromText("#include <linux/ioctl.h>\n" + newBody);
        Assert.DoesNotContain(newer.Diagnostics, d => d.Severity == HeaderDiagnosticSeverity.Error);
        return AbiBaselineCheck.Compare(newer, "abi.h.shipped.txt", AbiBaseline.Write(older));
    }
}
