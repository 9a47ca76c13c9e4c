using Nsfs.Headers.Baseline;

namespace Nsfs.Generator.Tests.Baseline;

/// <summary>
/// Every consecutive pair of fixture versions reports exactly the real ioctl changes. The
/// expectations are written out from the version table of the linux-uapi reference README
/// (nr, direction and argument type per version), not computed.
/// </summary>
public sealed class AbiComparerFixtureTests
{
    private const string Growth = " (PIDFD_INFO_SIZE_VER0 is declared; the kernel accepts any size from it up)";

    public static TheoryData<string, string, string, string[]> ConsecutiveVersions => new()
    {
        // nsfs.h releases, in order.
        { "nsfs.h", "releases/v4.9", "releases/v4.11", new[]
        {
            "Added Added NS_GET_NSTYPE: new request dir=none type=0xb7 nr=0x03 size=0",
            "Added Added NS_GET_OWNER_UID: new request dir=none type=0xb7 nr=0x04 size=0",
        } },
        { "nsfs.h", "releases/v4.11", "releases/v4.14", Array.Empty<string>() },
        { "nsfs.h", "releases/v4.14", "releases/v6.11-rc1", new[]
        {
            "Added Added NS_GET_MNTNS_ID: new request dir=none type=0xb7 nr=0x05 size=0",
            "Added Added NS_GET_PID_FROM_PIDNS: new request dir=read type=0xb7 nr=0x06 size=4",
            "Added Added NS_GET_TGID_FROM_PIDNS: new request dir=read type=0xb7 nr=0x07 size=4",
            "Added Added NS_GET_PID_IN_PIDNS: new request dir=read type=0xb7 nr=0x08 size=4",
            "Added Added NS_GET_TGID_IN_PIDNS: new request dir=read type=0xb7 nr=0x09 size=4",
        } },
        { "nsfs.h", "releases/v6.11-rc1", "releases/v6.11", new[]
        {
            "Breaking DirectionChanged NS_GET_MNTNS_ID: dir none -> read, size 0 -> 8",
        } },
        { "nsfs.h", "releases/v6.11", "releases/v6.12", new[]
        {
            "Added Added NS_MNT_GET_INFO: new request dir=read type=0xb7 nr=0x0a size=16",
            "Added Added NS_MNT_GET_NEXT: new request dir=read type=0xb7 nr=0x0b size=16",
            "Added Added NS_MNT_GET_PREV: new request dir=read type=0xb7 nr=0x0c size=16",
        } },
        { "nsfs.h", "releases/v6.12", "releases/v6.17", Array.Empty<string>() },
        // NS_GET_MNTNS_ID is rewritten as _IOR(NSIO, 5,  __u64): the same value, so no change.
        { "nsfs.h", "releases/v6.17", "releases/v6.18", new[]
        {
            "Added Added NS_GET_ID: new request dir=read type=0xb7 nr=0x0d size=8",
        } },
        { "nsfs.h", "releases/v6.18", "releases/v6.19", Array.Empty<string>() },
        { "nsfs.h", "releases/v6.19", "releases/v7.1", Array.Empty<string>() },
        { "nsfs.h", "releases/v7.1", "releases/latest", Array.Empty<string>() },

        // nsfs.h development states around the renumbering.
        { "nsfs.h", "dev-snapshots/v6.11-rc1-dev-ca567df7", "releases/v6.11-rc1", new[]
        {
            "Added Added NS_GET_MNTNS_ID: new request dir=none type=0xb7 nr=0x05 size=0",
            "Breaking Renumbered NS_GET_PID_FROM_PIDNS: nr 0x05 -> 0x06",
            "Breaking Renumbered NS_GET_PID_IN_PIDNS: nr 0x06 -> 0x08",
            "Breaking Renumbered NS_GET_TGID_IN_PIDNS: nr 0x08 -> 0x09",
        } },
        { "nsfs.h", "dev-snapshots/v6.11-rc1-dev-ca567df7", "dev-snapshots/v6.11-merge-amazonlinux-735f03f", new[]
        {
            "Added Added NS_GET_MNTNS_ID: new request dir=none type=0xb7 nr=0x05 size=0",
            "Breaking Collision NS_GET_PID_FROM_PIDNS: NS_GET_MNTNS_ID and NS_GET_PID_FROM_PIDNS share type 0xb7 nr 0x05",
        } },
        // brauner e35c75b uses __u32 without including linux/types.h, on top of the old _IO form.
        { "nsfs.h", "releases/v6.11-rc1", "dev-snapshots/v6.12-dev-brauner-e35c75b", new[]
        {
            "Added Added NS_MNT_GET_INFO: new request dir=read type=0xb7 nr=0x0a size=16",
            "Added Added NS_MNT_GET_NEXT: new request dir=read type=0xb7 nr=0x0b size=16",
            "Added Added NS_MNT_GET_PREV: new request dir=read type=0xb7 nr=0x0c size=16",
        } },
        { "nsfs.h", "dev-snapshots/v6.12-dev-brauner-e35c75b", "releases/v6.12", new[]
        {
            "Breaking DirectionChanged NS_GET_MNTNS_ID: dir none -> read, size 0 -> 8",
        } },

        // pidfd.h: releases, then the two dev snapshots with PIDFD_GET_INFO, then latest.
        { "pidfd.h", "releases/v6.9", "releases/v6.11", new[]
        {
            "Added Added PIDFD_GET_CGROUP_NAMESPACE: new request dir=none type=0xff nr=0x01 size=0",
            "Added Added PIDFD_GET_IPC_NAMESPACE: new request dir=none type=0xff nr=0x02 size=0",
            "Added Added PIDFD_GET_MNT_NAMESPACE: new request dir=none type=0xff nr=0x03 size=0",
            "Added Added PIDFD_GET_NET_NAMESPACE: new request dir=none type=0xff nr=0x04 size=0",
            "Added Added PIDFD_GET_PID_NAMESPACE: new request dir=none type=0xff nr=0x05 size=0",
            "Added Added PIDFD_GET_PID_FOR_CHILDREN_NAMESPACE: new request dir=none type=0xff nr=0x06 size=0",
            "Added Added PIDFD_GET_TIME_NAMESPACE: new request dir=none type=0xff nr=0x07 size=0",
            "Added Added PIDFD_GET_TIME_FOR_CHILDREN_NAMESPACE: new request dir=none type=0xff nr=0x08 size=0",
            "Added Added PIDFD_GET_USER_NAMESPACE: new request dir=none type=0xff nr=0x09 size=0",
            "Added Added PIDFD_GET_UTS_NAMESPACE: new request dir=none type=0xff nr=0x0a size=0",
        } },
        { "pidfd.h", "releases/v6.11", "dev-snapshots/pidfd-torvalds-212c4053", new[]
        {
            "Added Added PIDFD_GET_INFO: new request dir=readwrite type=0xff nr=0x0b size=80",
        } },
        { "pidfd.h", "dev-snapshots/pidfd-torvalds-212c4053", "dev-snapshots/pidfd-linux-fsdevel-vfs-1cc37743", new[]
        {
            "Compatible ExtensibleGrowth PIDFD_GET_INFO: size 80 -> 88" + Growth,
        } },
        { "pidfd.h", "dev-snapshots/pidfd-linux-fsdevel-vfs-1cc37743", "releases/latest", new[]
        {
            "Added Added PIDFD_GET_EXE: new request dir=none type=0xff nr=0x0c size=0",
            "Added Added PIDFD_GET_CWD: new request dir=none type=0xff nr=0x0d size=0",
            "Added Added PIDFD_GET_ROOT: new request dir=none type=0xff nr=0x0e size=0",
        } },
    };

    [Theory]
    [MemberData(nameof(ConsecutiveVersions))]
    public void Consecutive_versions_report_exactly_the_real_changes(string header, string older, string newer, string[] expected)
    {
        var changes = AbiComparer.Compare(BaselineInputs.Fixture(older, header), BaselineInputs.Fixture(newer, header));

        Assert.Equal(expected.Order(StringComparer.Ordinal), changes.Select(Describe).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Changes_come_sorted_by_name()
    {
        var changes = AbiComparer.Compare(BaselineInputs.Fixture("releases/v4.14", "nsfs.h"), BaselineInputs.Fixture("releases/v6.11-rc1", "nsfs.h"));

        Assert.Equal(
            ["NS_GET_MNTNS_ID", "NS_GET_PID_FROM_PIDNS", "NS_GET_PID_IN_PIDNS", "NS_GET_TGID_FROM_PIDNS", "NS_GET_TGID_IN_PIDNS"],
            changes.Select(c => c.Name));
    }

    [Fact]
    public void Removals_are_breaking_and_located_at_the_old_definition()
    {
        var older = BaselineInputs.Fixture("releases/v6.12", "nsfs.h");
        var changes = AbiComparer.Compare(older, BaselineInputs.Fixture("releases/v6.11", "nsfs.h"));

        Assert.Equal(["NS_MNT_GET_INFO", "NS_MNT_GET_NEXT", "NS_MNT_GET_PREV"], changes.Select(c => c.Name));
        Assert.All(changes, c => Assert.Equal((AbiChangeKind.Removed, AbiChangeClass.Breaking), (c.Kind, c.Class)));
        Assert.Equal(older.Requests.Single(r => r.Name == "NS_MNT_GET_INFO").Location, changes[0].Location);
    }

    [Fact]
    public void Shrinking_an_extensible_struct_breaks()
    {
        var changes = AbiComparer.Compare(
            BaselineInputs.Fixture("dev-snapshots/pidfd-linux-fsdevel-vfs-1cc37743", "pidfd.h"),
            BaselineInputs.Fixture("dev-snapshots/pidfd-torvalds-212c4053", "pidfd.h"));

        Assert.Equal(["Breaking SizeChanged PIDFD_GET_INFO: size 88 -> 80"], changes.Select(Describe));
    }

    internal static string Describe(AbiChange change) => $"{change.Class} {change.Kind} {change.Name}: {change.Detail}";
}
