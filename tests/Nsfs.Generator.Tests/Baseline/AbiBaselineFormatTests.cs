using Nsfs.Headers.Baseline;

namespace Nsfs.Generator.Tests.Baseline;

/// <summary>The .shipped.txt text format: what the writer produces and what the parser accepts or rejects.</summary>
public sealed class AbiBaselineFormatTests
{
    private const string Header = """
        # ABI baseline of linux/nsfs.h: the ioctl requests binaries built from it depend on.
        # Review changes like PublicAPI.Shipped.txt; refresh with `nsfs baseline accept <header>`.
        # NAME<TAB>FORM<TAB>dir=none|read|write|readwrite type=0xNN nr=0xNN size=N [size@ARCH=N ...] (docs/abi-baseline.md)

        """;

    [Fact]
    public void Writes_one_sorted_tab_separated_line_per_request()
    {
        var text = AbiBaseline.Write(BaselineInputs.Fixture("releases/v6.11-rc1", "nsfs.h"));

        Assert.Equal(Header.Replace("\r\n", "\n", StringComparison.Ordinal) + string.Join("", new[]
        {
            "NS_GET_MNTNS_ID\t_IO(NSIO, 0x5)\tdir=none type=0xb7 nr=0x05 size=0\n",
            "NS_GET_NSTYPE\t_IO(NSIO, 0x3)\tdir=none type=0xb7 nr=0x03 size=0\n",
            "NS_GET_OWNER_UID\t_IO(NSIO, 0x4)\tdir=none type=0xb7 nr=0x04 size=0\n",
            "NS_GET_PARENT\t_IO(NSIO, 0x2)\tdir=none type=0xb7 nr=0x02 size=0\n",
            "NS_GET_PID_FROM_PIDNS\t_IOR(NSIO, 0x6, int)\tdir=read type=0xb7 nr=0x06 size=4\n",
            "NS_GET_PID_IN_PIDNS\t_IOR(NSIO, 0x8, int)\tdir=read type=0xb7 nr=0x08 size=4\n",
            "NS_GET_TGID_FROM_PIDNS\t_IOR(NSIO, 0x7, int)\tdir=read type=0xb7 nr=0x07 size=4\n",
            "NS_GET_TGID_IN_PIDNS\t_IOR(NSIO, 0x9, int)\tdir=read type=0xb7 nr=0x09 size=4\n",
            "NS_GET_USERNS\t_IO(NSIO, 0x1)\tdir=none type=0xb7 nr=0x01 size=0\n",
        }), text);
    }

    [Fact]
    public void Sizes_that_differ_by_architecture_get_overrides_and_round_trip()
    {
        // long is 8 bytes on the 64-bit data models and 4 on the 32-bit ones (11 each: the tie goes to x64).
        var model = BaselineInputs.FromText("#include <linux/ioctl.h>\n#define FOO_GET _IOR(0xAB, 1, long)\n");

        var line = AbiBaseline.Write(model).Split('\n').Single(l => l.StartsWith("FOO_GET", StringComparison.Ordinal));
        var parsed = AbiBaseline.Parse("foo.shipped.txt", AbiBaseline.Write(model)).Requests.Single();

        Assert.Equal("FOO_GET\t_IOR(0xAB, 1, long)\tdir=read type=0xab nr=0x01 size=8 size@x86=4 size@x32=4 size@arm=4 size@riscv32=4 "
            + "size@ppc=4 size@mips=4 size@mipsel=4 size@sparc=4 size@parisc=4 size@m68k=4 size@csky=4", line);
        Assert.All(model.Requests.Single().Values, v => Assert.Equal(v.Size, parsed.SizeOn(v.Arch)));
    }

    public static TheoryData<string> FixtureHeaders() => new(OraclePaths.FixtureVersionDirectories()
        .SelectMany(dir => new[] { "nsfs.h", "pidfd.h" }
            .Where(h => File.Exists(Path.Combine(dir, "linux", h)))
            .Select(h => Path.GetRelativePath(OraclePaths.FixturesRoot, dir).Replace('\\', '/') + "|" + h)));

    [Theory]
    [MemberData(nameof(FixtureHeaders))]
    public void Every_fixture_round_trips_and_matches_its_own_baseline(string fixtureAndHeader)
    {
        var (fixture, header) = (fixtureAndHeader.Split('|')[0], fixtureAndHeader.Split('|')[1]);
        var model = BaselineInputs.Fixture(fixture, header);

        var baseline = AbiBaseline.Parse("x.shipped.txt", AbiBaseline.Write(model));

        Assert.Empty(baseline.Diagnostics);
        Assert.Equal(
            model.Requests.Select(AbiRequest.From).Select(Facts).Order(StringComparer.Ordinal),
            baseline.Requests.Select(Facts).Order(StringComparer.Ordinal));
        Assert.Empty(AbiBaselineCheck.Compare(model, "x.shipped.txt", AbiBaseline.Write(model)));
    }

    [Fact]
    public void Comments_blank_lines_crlf_and_decimal_numbers_are_accepted()
    {
        var baseline = AbiBaseline.Parse("b.txt", "# comment\r\n\r\n  # indented comment\r\nNS_GET_ID\t_IOR(NSIO,  13, __u64)\tsize=8 nr=13 type=183 dir=read\r\n");

        Assert.Empty(baseline.Diagnostics);
        var request = baseline.Requests.Single();
        Assert.Equal(("NS_GET_ID", "_IOR(NSIO, 13, __u64)", IoctlDirectionKind.Read, 0xb7u, 13u, 8u), (request.Name, request.Form, request.Direction, request.Type, request.Number, request.Size));
        Assert.Equal(new SourceLocation("b.txt", 4, 1, 9), request.Location);
    }

    public static TheoryData<string, int, int, string> MalformedLines => new()
    {
        { "NS_GET_ID\t_IOR(NSIO, 13, __u64)", 1, 1, "Expected NAME<TAB>FORM<TAB>FACTS (3 tab-separated fields), found 2" },
        { "NS_GET_ID\t_IOR(NSIO, 13, __u64)\tdir=up type=0xb7 nr=0x0d size=8", 1, 33, "NS_GET_ID: 'dir=up' is not a valid fact (expected dir=none|read|write|readwrite, type=N, nr=N, size=N or size@ARCH=N)" },
        { "NS_GET_ID\t_IOR(NSIO, 13, __u64)\tdir=read type=0xb7 nr=0x0d", 1, 33, "NS_GET_ID: missing size" },
        { "NS_GET_ID\t_IOR(NSIO, 13, __u64)\tdir=read type=0xb7 nr=0x0d size=8 size=8", 1, 33, "NS_GET_ID: 'size' is given twice" },
        { "NS_GET_ID\t_IOR(NSIO, 13, __u64)\tdir=read type=0xb7 nr=0x0d size=8 size@vax=4", 1, 33, "NS_GET_ID: 'size@vax=4' is not a valid fact (expected dir=none|read|write|readwrite, type=N, nr=N, size=N or size@ARCH=N)" },
        { "NS_GET_ID\t_IOR(NSIO, 13, __u64)\tdir=read type=0xzz nr=0x0d size=8", 1, 33, "NS_GET_ID: 'type=0xzz' is not a valid fact (expected dir=none|read|write|readwrite, type=N, nr=N, size=N or size@ARCH=N)" },
        { "9NS\t_IO(NSIO, 1)\tdir=none type=0xb7 nr=0x01 size=0", 1, 1, "'9NS' is not a macro name" },
        { "NS_GET_ID\t \tdir=none type=0xb7 nr=0x01 size=0", 1, 11, "NS_GET_ID has an empty form" },
        { "A\t_IO(X, 1)\tdir=none type=0x01 nr=0x01 size=0\nA\t_IO(X, 1)\tdir=none type=0x01 nr=0x01 size=0", 2, 1, "A is listed twice" },
    };

    [Theory]
    [MemberData(nameof(MalformedLines))]
    public void Malformed_lines_are_NSFS1107_at_the_line_and_skipped(string text, int line, int column, string message)
    {
        var baseline = AbiBaseline.Parse("nsfs.h.shipped.txt", "# header\n" + text + "\nNS_OK\t_IO(NSIO, 0x1)\tdir=none type=0xb7 nr=0x01 size=0\n");

        var diagnostic = Assert.Single(baseline.Diagnostics);
        Assert.Equal((DiagnosticIds.BaselineMalformed.Code, HeaderDiagnosticSeverity.Error), (diagnostic.Id, diagnostic.Severity));
        Assert.Equal(("nsfs.h.shipped.txt", line + 1, column), (diagnostic.Location.Path, diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Equal(message, diagnostic.Message);
        Assert.Contains(baseline.Requests, r => r.Name == "NS_OK");
    }

    private static string Facts(AbiRequest request) => $"{request.Name}\t{request.Form}\t{request.FactsText}";
}
