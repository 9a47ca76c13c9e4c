using System.Text.Json;
using Nsfs.Headers.Baseline;

namespace Nsfs.Generator.Tests.Baseline;

/// <summary><c>nsfs diff</c> and <c>nsfs baseline accept</c>, run in-process with captured output.</summary>
public sealed class DiffCommandTests() : TemporaryDirectoryTests("nsfs-diff-")
{
    [Fact]
    public void The_seed_renumbering_is_reported_exactly_and_exits_1()
    {
        var (code, stdout, stderr) = Nsfs("diff", Fixture("dev-snapshots/v6.11-rc1-dev-ca567df7"), Fixture("releases/v6.11-rc1"));

        Assert.Equal(1, code);
        Assert.Equal("""
            == linux/nsfs.h (values on x64)
            CLASS     KIND        NAME                   OLD                                NEW                                DETAIL
            added     added       NS_GET_MNTNS_ID        -                                  _IO(NSIO, 0x5) = 0x0000b705        new request dir=none type=0xb7 nr=0x05 size=0
            breaking  renumbered  NS_GET_PID_FROM_PIDNS  _IOR(NSIO, 0x5, int) = 0x8004b705  _IOR(NSIO, 0x6, int) = 0x8004b706  nr 0x05 -> 0x06
            breaking  renumbered  NS_GET_PID_IN_PIDNS    _IOR(NSIO, 0x6, int) = 0x8004b706  _IOR(NSIO, 0x8, int) = 0x8004b708  nr 0x06 -> 0x08
            breaking  renumbered  NS_GET_TGID_IN_PIDNS   _IOR(NSIO, 0x8, int) = 0x8004b708  _IOR(NSIO, 0x9, int) = 0x8004b709  nr 0x08 -> 0x09
            3 breaking, 0 compatible, 1 added

            """, stdout);
        Assert.Equal(string.Empty, stderr);
    }

    [Fact]
    public void Values_are_shown_for_the_chosen_architecture()
    {
        // mips: 3 dir bits with read = 2 at bit 29, and 13 size bits.
        var stdout = DiffFixtures("dev-snapshots/v6.11-rc1-dev-ca567df7", "releases/v6.11-rc1", exitCode: 1, "--arch", "mips");

        Assert.Contains("NS_GET_PID_FROM_PIDNS  _IOR(NSIO, 0x5, int) = 0x4004b705  _IOR(NSIO, 0x6, int) = 0x4004b706  nr 0x05 -> 0x06", stdout, StringComparison.Ordinal);
        Assert.StartsWith("== linux/nsfs.h (values on mips)", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void NS_GET_MNTNS_ID_becoming_IOR_u64_in_v6_11_is_breaking()
    {
        var stdout = DiffFixtures("releases/v6.11-rc1", "releases/v6.11", exitCode: 1);

        Assert.Contains("breaking  direction-changed  NS_GET_MNTNS_ID  _IO(NSIO, 0x5) = 0x0000b705  _IOR(NSIO, 0x5, __u64) = 0x8008b705  dir none -> read, size 0 -> 8", stdout, StringComparison.Ordinal);
        Assert.EndsWith("1 breaking, 0 compatible, 0 added\n", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void v6_12_to_v6_17_changes_nothing_and_exits_0()
    {
        var stdout = DiffFixtures("releases/v6.12", "releases/v6.17", exitCode: 0);

        Assert.Equal("== linux/nsfs.h (values on x64)\nno ABI changes\n0 breaking, 0 compatible, 0 added\n", stdout);
    }

    [Fact]
    public void The_merge_state_with_two_requests_at_nr_5_is_a_collision_naming_both()
    {
        var stdout = DiffFixtures("dev-snapshots/v6.11-rc1-dev-ca567df7", "dev-snapshots/v6.11-merge-amazonlinux-735f03f", exitCode: 1);

        Assert.Contains("breaking  collision  NS_GET_PID_FROM_PIDNS  -    _IOR(NSIO, 0x5, int) = 0x8004b705  NS_GET_MNTNS_ID and NS_GET_PID_FROM_PIDNS share type 0xb7 nr 0x05", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void PIDFD_GET_INFO_80_to_88_is_compatible_in_json_and_exits_0()
    {
        var (code, stdout, _) = Nsfs("diff", "--format", "json",
            Fixture("dev-snapshots/pidfd-torvalds-212c4053", "pidfd.h"), Fixture("dev-snapshots/pidfd-linux-fsdevel-vfs-1cc37743", "pidfd.h"));

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(stdout);
        var change = json.RootElement.GetProperty("headers")[0].GetProperty("changes").EnumerateArray().Single();
        Assert.Equal(
            ("PIDFD_GET_INFO", "compatible", "extensible-growth", 80, "0xc050ff0b", 88, "0xc058ff0b"),
            (change.GetProperty("name").GetString(), change.GetProperty("class").GetString(), change.GetProperty("kind").GetString(),
                change.GetProperty("old").GetProperty("size").GetInt32(), change.GetProperty("old").GetProperty("value").GetString(),
                change.GetProperty("new").GetProperty("size").GetInt32(), change.GetProperty("new").GetProperty("value").GetString()));
        Assert.Equal((0, 1, 0), (json.RootElement.GetProperty("breaking").GetInt32(), json.RootElement.GetProperty("compatible").GetInt32(), json.RootElement.GetProperty("added").GetInt32()));
    }

    [Fact]
    public void Include_roots_are_compared_header_by_header()
    {
        // v6.11 has nsfs.h and pidfd.h; v6.12 has only nsfs.h, so pidfd.h's requests count as removed.
        var (code, stdout, _) = Nsfs("diff", Path.Combine(OraclePaths.FixturesRoot, "releases", "v6.11"), Path.Combine(OraclePaths.FixturesRoot, "releases", "v6.12"));

        Assert.Equal(1, code);
        var sections = stdout.Split("== ", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["linux/nsfs.h", "linux/pidfd.h"], sections.Select(s => s.Split(' ')[0]));
        Assert.Equal(3, sections[0].Split('\n').Count(l => l.StartsWith("added  added  NS_MNT_GET_", StringComparison.Ordinal)));
        Assert.Equal(10, sections[1].Split('\n').Count(l => l.StartsWith("breaking  removed", StringComparison.Ordinal)));
        Assert.EndsWith("10 breaking, 0 compatible, 3 added\n", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_baseline_can_be_the_old_side()
    {
        var (code, stdout, _) = Nsfs("diff", Path.Combine(OraclePaths.HeadersRoot, "linux", "nsfs.h.shipped.txt"), Fixture("releases/v6.17"));

        Assert.Equal(1, code);
        Assert.Contains("breaking  removed  NS_GET_ID  _IOR(NSIO, 13, __u64)  -    request removed; was dir=read type=0xb7 nr=0x0d size=8", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_input_exits_5()
    {
        var (code, stdout, stderr) = Nsfs("diff", Path.Combine(Temp, "missing.h"), Fixture("releases/v6.17"));

        Assert.Equal(5, code);
        Assert.Equal(string.Empty, stdout);
        Assert.StartsWith("nsfs: cannot read input: ", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("diff", "only-one.h")]
    [InlineData("diff", "a.h", "b.h", "--format", "xml")]
    [InlineData("diff", "a.h", "b.h", "--arch", "vax")]
    [InlineData("baseline", "accept")]
    public void Bad_command_lines_exit_2(params string[] args)
    {
        Assert.Equal(2, Nsfs(args).Code);
    }

    [Fact]
    public void Baseline_accept_writes_refreshes_and_lists_what_it_accepts()
    {
        var header = Path.Combine(Temp, "linux", "nsfs.h");
        Directory.CreateDirectory(Path.GetDirectoryName(header)!);
        File.Copy(Fixture("releases/v6.11-rc1"), header);

        var first = Nsfs("baseline", "accept", header);
        var second = Nsfs("baseline", "accept", header);
        File.Copy(Fixture("releases/v6.11"), header, overwrite: true);
        var third = Nsfs("baseline", "accept", header);

        Assert.Equal((0, $"{header}.shipped.txt: written (9 requests)\n"), (first.Code, first.Stdout));
        Assert.Equal((0, $"{header}.shipped.txt: unchanged (9 requests)\n"), (second.Code, second.Stdout));
        Assert.Equal((0, $"  breaking direction-changed NS_GET_MNTNS_ID: dir none -> read, size 0 -> 8\n{header}.shipped.txt: updated (9 requests)\n"), (third.Code, third.Stdout));
        Assert.Equal(AbiBaseline.Write(BaselineInputs.Fixture("releases/v6.11", "nsfs.h")), File.ReadAllText(header + ".shipped.txt"));
    }

    [Fact]
    public void Baseline_accept_refuses_a_header_with_errors()
    {
        var header = Path.Combine(Temp, "linux", "nsfs.h");
        Directory.CreateDirectory(Path.GetDirectoryName(header)!);
        File.Copy(Fixture("dev-snapshots/v6.11-merge-amazonlinux-735f03f"), header);

        var (code, _, stderr) = Nsfs("baseline", "accept", header);

        Assert.Equal(1, code);
        Assert.Contains("error NSFS1007: NS_GET_PID_FROM_PIDNS reuses type 0xb7 nr 0x5 of NS_GET_MNTNS_ID", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(header + ".shipped.txt"));
    }

    // nsfs diff between two fixtures' nsfs.h, which must exit with exitCode; its standard output.
    private static string DiffFixtures(string oldFixture, string newFixture, int exitCode, params string[] options)
    {
        var (code, stdout, _) = Nsfs(["diff", .. options, Fixture(oldFixture), Fixture(newFixture)]);
        Assert.Equal(exitCode, code);
        return stdout;
    }

    private static string Fixture(string fixture, string header = "nsfs.h") => BaselineInputs.FixturePath(fixture, header);

    private static (int Code, string Stdout, string Stderr) Nsfs(params string[] args) => Cli.CliRunner.Run(args);
}
