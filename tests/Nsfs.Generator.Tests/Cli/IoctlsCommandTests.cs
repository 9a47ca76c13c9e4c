using System.Text.Json;
using LinuxArchitecture = Nsfs.Metadata.LinuxArchitecture;

namespace Nsfs.Generator.Tests.Cli;

/// <summary><c>nsfs ioctls</c>, run in-process with captured output.</summary>
public sealed class IoctlsCommandTests() : TemporaryDirectoryTests("nsfs-ioctls-")
{
    [Fact]
    public void Tsv_has_the_documented_columns_and_eight_digit_hex_values()
    {
        var (code, stdout, _) = Nsfs("ioctls", "--arch", "all", "--format", "tsv");

        Assert.Equal(0, code);
        var lines = stdout.TrimEnd('\n').Split('\n');
        Assert.Equal("name\tarch\tvalue\tdir\ttype\tnr\tsize", lines[0]);
        Assert.Contains("NS_GET_PID_FROM_PIDNS\tx64\t0x8004b706\tread\t0xb7\t6\t4", lines);
        Assert.Contains("NS_GET_PID_FROM_PIDNS\tppc64le\t0x4004b706\tread\t0xb7\t6\t4", lines);
        Assert.Contains("NS_GET_USERNS\talpha\t0x2000b701\tnone\t0xb7\t1\t0", lines);
        Assert.Contains("PIDFD_GET_INFO\tsparc64\t0xc058ff0b\treadwrite\t0xff\t11\t88", lines);
        Assert.All(lines.Skip(1), l => Assert.Matches("^[A-Z_0-9]+\t[a-z0-9]+\t0x[0-9a-f]{8}\t(none|read|write|readwrite)\t0x[0-9a-f]{2}\t[0-9]+\t[0-9]+$", l));
        Assert.Equal(27 * 22, lines.Length - 1); // 13 nsfs + 14 pidfd requests on 22 architectures
    }

    [Fact]
    public void Json_lists_one_object_per_request_and_architecture()
    {
        var (code, stdout, _) = Nsfs("ioctls", "--arch", "mips64", "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(stdout);
        var mntnsId = json.RootElement.EnumerateArray().Single(e => e.GetProperty("name").GetString() == "NS_GET_MNTNS_ID");
        Assert.Equal("0x4008b705", mntnsId.GetProperty("value").GetString());
        Assert.Equal("_IOR(NSIO, 5, __u64)", mntnsId.GetProperty("form").GetString());
    }

    [Fact]
    public void A_header_of_ones_own_is_evaluated_with_the_vendored_include_roots()
    {
        var header = Write("my.h", "#include <linux/ioctl.h>\n#define MY_GET _IOR('m', 7, long)\n");

        var (code, stdout, stderr) = Nsfs("ioctls", "--header", header, "--arch", "x86", "--format", "tsv");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, stderr);
        Assert.Equal("name\tarch\tvalue\tdir\ttype\tnr\tsize\nMY_GET\tx86\t0x80046d07\tread\t0x6d\t7\t4\n", stdout);
    }

    [Fact]
    public void A_broken_header_is_reported_on_stderr_at_its_line_and_column_and_exits_1()
    {
        var header = Write("broken.h", "#include <linux/ioctl.h>\n#define MY_OK _IO('m', 1)\n#define MY_BAD _IOR('m', 2, struct nowhere)\n");

        var (code, stdout, stderr) = Nsfs("ioctls", "--header", header, "--format", "tsv", "--arch", "x64");

        Assert.Equal(1, code);
        Assert.Equal($"{header}(3,9): error NSFS1002: MY_BAD is not generated: 'struct nowhere' is incomplete\n", stderr);
        Assert.Contains("MY_OK\tx64\t0x00006d01", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--arch", "vax")]
    [InlineData("--format", "xml")]
    public void Bad_options_are_usage_errors(string option, string value)
    {
        var (code, _, stderr) = Nsfs("ioctls", option, value);

        Assert.Equal(2, code);
        Assert.NotEqual(string.Empty, stderr);
    }

    [Theory]
    [InlineData("ioctls", "valid: all, x64, x86, ")]
    [InlineData("diff", "valid: x64, x86, ")]
    public void An_unknown_arch_is_one_usage_error_that_lists_the_valid_names_in_every_command(string command, string valid)
    {
        var header = Write("my.h", "#define A 1\n");
        string[] args = command == "diff" ? ["diff", header, header, "--arch", "vax"] : ["ioctls", "--arch", "vax"];

        var (code, stdout, stderr) = Nsfs(args);

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, stdout);
        Assert.StartsWith($"nsfs: unknown architecture 'vax' for --arch; {valid}", stderr, StringComparison.Ordinal);
        Assert.Contains(", csky\n", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_command_takes_an_arch_name_in_any_case()
    {
        var header = Write("linux/my.h", "#include <linux/ioctl.h>\n#define MY_GET _IOR('m', 7, long)\n");

        var ioctls = Nsfs("ioctls", "--header", header, "--arch", "PPC64LE", "--format", "tsv");
        var diff = Nsfs("diff", header, header, "--arch", "PPC64LE");

        Assert.True(ioctls.Code == 0, ioctls.Stderr);
        Assert.Contains("MY_GET\tppc64le\t", ioctls.Stdout, StringComparison.Ordinal);
        Assert.True(diff.Code == 0, diff.Stderr);
    }

    [Fact]
    public void Without_arch_on_a_machine_that_has_no_data_model_it_fails_rather_than_show_another_machines_numbers()
    {
        var (code, stdout, stderr) = CliRunner.RunOn(null, "ioctls");

        Assert.Equal(1, code);
        Assert.Equal(string.Empty, stdout);
        Assert.Matches(@"^nsfs: this machine's architecture \(\w+\) has no Linux data model; name one with --arch \(all, x64, .*, csky\)\n$", stderr);
    }

    [Fact]
    public void Without_arch_the_values_are_this_machines()
    {
        var (code, stdout, stderr) = CliRunner.RunOn(LinuxArchitecture.Ppc64le, "ioctls", "--format", "tsv");

        Assert.True(code == 0, stderr);
        Assert.Contains("NS_GET_PID_FROM_PIDNS\tppc64le\t0x4004b706\t", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("\tx64\t", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--include", "")]
    [InlineData("--include-arch", "x86=")]
    [InlineData("--prelude", "linux/types.h")]
    public void An_option_for_ones_own_headers_without_a_header_is_a_usage_error(string option, string value)
    {
        var (code, stdout, stderr) = Nsfs("ioctls", option, value.EndsWith('=') || value.Length == 0 ? value + Temp : value, "--arch", "x64");

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, stdout);
        Assert.StartsWith($"nsfs: {option} applies to the headers given with --header or --header-dir", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_header_file_is_reported_with_its_own_exit_code()
    {
        var (code, _, stderr) = Nsfs("ioctls", "--header", Path.Combine(Temp, "absent.h"));

        Assert.Equal(5, code);
        Assert.Contains("absent.h", stderr, StringComparison.Ordinal);
    }

    private static (int Code, string Stdout, string Stderr) Nsfs(params string[] args) => CliRunner.Run(args);
}
