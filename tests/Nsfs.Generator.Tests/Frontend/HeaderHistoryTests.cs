namespace Nsfs.Generator.Tests.Frontend;

/// <summary>
/// Every header version in tests/fixtures generates, on every architecture, exactly the requests the
/// kernel history says it has (shared/linux-uapi/README.md), with their x64 values written out here.
/// </summary>
public sealed class HeaderHistoryTests
{
    private const string MergeSnapshot = "dev-snapshots/v6.11-merge-amazonlinux-735f03f";

    private static readonly (string, uint)[] V49 = [("NS_GET_USERNS", 0x0000b701), ("NS_GET_PARENT", 0x0000b702)];
    private static readonly (string, uint)[] V411 = [.. V49, ("NS_GET_NSTYPE", 0x0000b703), ("NS_GET_OWNER_UID", 0x0000b704)];

    // _IOR(NSIO, n, int) as released from v6.11-rc1 on: nr 6 to 9.
    private static readonly (string, uint)[] PidTranslation =
        [("NS_GET_PID_FROM_PIDNS", 0x8004b706), ("NS_GET_TGID_FROM_PIDNS", 0x8004b707), ("NS_GET_PID_IN_PIDNS", 0x8004b708), ("NS_GET_TGID_IN_PIDNS", 0x8004b709)];

    // As first committed (ca567df7): PID_FROM 5, PID_IN 6, TGID_FROM 7, TGID_IN 8.
    private static readonly (string, uint)[] PidTranslationPreMerge =
        [("NS_GET_PID_FROM_PIDNS", 0x8004b705), ("NS_GET_TGID_FROM_PIDNS", 0x8004b707), ("NS_GET_PID_IN_PIDNS", 0x8004b706), ("NS_GET_TGID_IN_PIDNS", 0x8004b708)];

    private static readonly (string, uint) MntNsIdIo = ("NS_GET_MNTNS_ID", 0x0000b705);
    private static readonly (string, uint) MntNsIdIor = ("NS_GET_MNTNS_ID", 0x8008b705);

    // _IOR(NSIO, 10..12, struct mnt_ns_info): 16 bytes.
    private static readonly (string, uint)[] MntIteration =
        [("NS_MNT_GET_INFO", 0x8010b70a), ("NS_MNT_GET_NEXT", 0x8010b70b), ("NS_MNT_GET_PREV", 0x8010b70c)];

    private static readonly (string, uint)[] V611Rc1 = [.. V411, MntNsIdIo, .. PidTranslation];
    private static readonly (string, uint)[] V611 = [.. V411, MntNsIdIor, .. PidTranslation];
    private static readonly (string, uint)[] V612 = [.. V611, .. MntIteration];
    private static readonly (string, uint)[] V618 = [.. V612, ("NS_GET_ID", 0x8008b70d)];

    private static readonly (string, uint)[] PidfdNamespaces =
    [
        ("PIDFD_GET_CGROUP_NAMESPACE", 0xff01), ("PIDFD_GET_IPC_NAMESPACE", 0xff02), ("PIDFD_GET_MNT_NAMESPACE", 0xff03),
        ("PIDFD_GET_NET_NAMESPACE", 0xff04), ("PIDFD_GET_PID_NAMESPACE", 0xff05), ("PIDFD_GET_PID_FOR_CHILDREN_NAMESPACE", 0xff06),
        ("PIDFD_GET_TIME_NAMESPACE", 0xff07), ("PIDFD_GET_TIME_FOR_CHILDREN_NAMESPACE", 0xff08), ("PIDFD_GET_USER_NAMESPACE", 0xff09),
        ("PIDFD_GET_UTS_NAMESPACE", 0xff0a),
    ];

    // _IOWR(PIDFS_IOCTL_MAGIC, 11, struct pidfd_info): 80 bytes (VER2) or 88 bytes (VER3).
    private static readonly (string, uint) PidfdInfoVer2 = ("PIDFD_GET_INFO", 0xc050ff0b);
    private static readonly (string, uint) PidfdInfoVer3 = ("PIDFD_GET_INFO", 0xc058ff0b);

    /// <summary>Fixture header (version/include name) → its requests with their x64 values.</summary>
    private static readonly Dictionary<string, (string Name, uint X64)[]> Expected = new(StringComparer.Ordinal)
    {
        ["releases/v4.9/linux/nsfs.h"] = V49,
        ["releases/v4.11/linux/nsfs.h"] = V411,
        ["releases/v4.14/linux/nsfs.h"] = V411,
        ["releases/v6.11-rc1/linux/nsfs.h"] = V611Rc1,
        ["releases/v6.11/linux/nsfs.h"] = V611,
        ["releases/v6.12/linux/nsfs.h"] = V612,
        ["releases/v6.17/linux/nsfs.h"] = V612,
        ["releases/v6.18/linux/nsfs.h"] = V618,
        ["releases/v6.19/linux/nsfs.h"] = V618,
        ["releases/v7.1/linux/nsfs.h"] = V618,
        ["releases/latest/linux/nsfs.h"] = V618,
        ["dev-snapshots/v4.9-rc1-dev-6786741/linux/nsfs.h"] = [("NS_GET_USERNS", 0x0000b701)],
        ["dev-snapshots/v4.11-rc1-dev-nstype/linux/nsfs.h"] = [.. V49, ("NS_GET_NSTYPE", 0x0000b703)],
        ["dev-snapshots/v6.11-rc1-dev-ca567df7/linux/nsfs.h"] = [.. V411, .. PidTranslationPreMerge],
        [MergeSnapshot + "/linux/nsfs.h"] = [.. V411, MntNsIdIo, .. PidTranslationPreMerge],
        ["dev-snapshots/v6.12-dev-brauner-e35c75b/linux/nsfs.h"] = [.. V611Rc1, .. MntIteration],
        ["dev-snapshots/v6.18-dev-tools-a4a508df/linux/nsfs.h"] = V618,
        ["installed/strace-v6.18-rc1/linux/nsfs.h"] = V618,
        ["installed/strace-v6.19-rc1/linux/nsfs.h"] = V618,
        ["installed/strace-v7.1/linux/nsfs.h"] = V618,
        ["releases/v6.9/linux/pidfd.h"] = [],
        ["releases/v6.11/linux/pidfd.h"] = PidfdNamespaces,
        ["dev-snapshots/pidfd-torvalds-212c4053/linux/pidfd.h"] = [.. PidfdNamespaces, PidfdInfoVer2],
        ["dev-snapshots/pidfd-linux-fsdevel-vfs-1cc37743/linux/pidfd.h"] = [.. PidfdNamespaces, PidfdInfoVer3],
        ["installed/strace-v7.1/linux/pidfd.h"] = [.. PidfdNamespaces, PidfdInfoVer3],
        ["releases/latest/linux/pidfd.h"] =
            [.. PidfdNamespaces, PidfdInfoVer3, ("PIDFD_GET_EXE", 0xff0c), ("PIDFD_GET_CWD", 0xff0d), ("PIDFD_GET_ROOT", 0xff0e)],
    };

    public static TheoryData<string> FixtureHeaders() =>
        new(FixtureVersion.All.SelectMany(v => v.Primaries.Select(h => $"{v.Name}/{h.IncludeName}")));

    [Fact]
    public void Every_fixture_header_has_a_written_out_request_set()
    {
        var headers = FixtureVersion.All.SelectMany(v => v.Primaries.Select(h => $"{v.Name}/{h.IncludeName}")).Order(StringComparer.Ordinal);

        Assert.Equal(Expected.Keys.Order(StringComparer.Ordinal), headers);
    }

    [Theory]
    [MemberData(nameof(FixtureHeaders))]
    public void Fixture_header_generates_its_expected_requests_on_every_architecture(string fixtureHeader)
    {
        var model = Build(fixtureHeader);

        var requests = model.Requests.Select(r => (r.Name, r.Values.Single(v => v.Arch == "x64").Value)).Order().ToArray();
        Assert.Equal(Expected[fixtureHeader].Order().ToArray(), requests);
        Assert.Equal(DataModelNames(), model.Architectures);
        Assert.All(model.Requests, r => Assert.Equal(model.Architectures, r.Values.Select(v => v.Arch)));
        if (!fixtureHeader.StartsWith(MergeSnapshot + "/", StringComparison.Ordinal))
        {
            Assert.DoesNotContain(model.Diagnostics, d => d.Severity == HeaderDiagnosticSeverity.Error);
        }
    }

    [Fact]
    public void NS_GET_MNTNS_ID_is_plain_IO_in_v6_11_rc1()
    {
        var request = Build("releases/v6.11-rc1/linux/nsfs.h").Requests.Single(r => r.Name == "NS_GET_MNTNS_ID");

        Assert.Equal("_IO(NSIO, 0x5)", request.Form);
        Assert.Null(request.SizeType);
        Assert.All(request.Values, v => Assert.Equal((IoctlDirectionKind.None, 0xb7u, 5u, 0u), (v.Direction, v.Type, v.Number, v.Size)));
        Assert.Equal(0x0000b705u, request.Values.Single(v => v.Arch == "x64").Value);
    }

    [Theory]
    [InlineData("releases/v6.11")]
    [InlineData("releases/v6.12")]
    [InlineData("releases/v6.17")]
    [InlineData("releases/v6.18")]
    [InlineData("releases/v6.19")]
    [InlineData("releases/v7.1")]
    [InlineData("releases/latest")]
    public void NS_GET_MNTNS_ID_reads_a_u64_from_v6_11_on(string version)
    {
        var request = Build(version + "/linux/nsfs.h").Requests.Single(r => r.Name == "NS_GET_MNTNS_ID");

        Assert.Equal("__u64", request.SizeType);
        Assert.All(request.Values, v => Assert.Equal((IoctlDirectionKind.Read, 0xb7u, 5u, 8u), (v.Direction, v.Type, v.Number, v.Size)));
        Assert.Equal(0x8008b705u, request.Values.Single(v => v.Arch == "x64").Value);
    }

    [Fact]
    public void The_ca567df7_snapshot_has_the_pre_merge_numbering()
    {
        var model = Build("dev-snapshots/v6.11-rc1-dev-ca567df7/linux/nsfs.h");

        var pidFrom = model.Requests.Single(r => r.Name == "NS_GET_PID_FROM_PIDNS");
        Assert.Equal(0x8004b705u, pidFrom.Values.Single(v => v.Arch == "x64").Value);
        Assert.DoesNotContain(model.Requests, r => r.Name == "NS_GET_MNTNS_ID");
        Assert.DoesNotContain(model.Diagnostics, d => d.Id == DiagnosticIds.DuplicateRequest.Code);
    }

    [Fact]
    public void The_merge_snapshot_reports_exactly_the_nr_5_collision()
    {
        var model = Build(MergeSnapshot + "/linux/nsfs.h");

        var error = Assert.Single(model.Diagnostics, d => d.Severity == HeaderDiagnosticSeverity.Error);
        Assert.Equal(DiagnosticIds.DuplicateRequest.Code, error.Id);
        Assert.Contains("NS_GET_MNTNS_ID", error.Message, StringComparison.Ordinal);
        Assert.Contains("NS_GET_PID_FROM_PIDNS", error.Message, StringComparison.Ordinal);
        // At the second definition: "#define NS_GET_PID_FROM_PIDNS	_IOR(NSIO, 0x5, int)" is line 21.
        Assert.EndsWith(MergeSnapshot + "/linux/nsfs.h", error.Location.Path.Replace('\\', '/'), StringComparison.Ordinal);
        Assert.Equal((21, 9), (error.Location.Line, error.Location.Column));
    }

    private static HeaderModel Build(string fixtureHeader)
    {
        var slash = fixtureHeader.IndexOf("/linux/", StringComparison.Ordinal);
        var version = FixtureVersion.Get(fixtureHeader[..slash]);
        return HeaderModelBuilder.Build(version.Header(fixtureHeader[(slash + 1)..]), version.Roots);
    }

    private static string[] DataModelNames() => Nsfs.Headers.Types.DataModels.All.Select(m => m.Name).ToArray();
}
