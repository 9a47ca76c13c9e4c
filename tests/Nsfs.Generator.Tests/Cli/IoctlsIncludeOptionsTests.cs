namespace Nsfs.Generator.Tests.Cli;

/// <summary><c>nsfs ioctls</c> reading headers as a C compiler would: preludes, include roots, per-architecture roots, whole trees.</summary>
public sealed class IoctlsIncludeOptionsTests() : TemporaryDirectoryTests("nsfs-ioctls-roots-")
{
    private const string Header = "name\tarch\tvalue\tdir\ttype\tnr\tsize\n";

    [Fact]
    public void A_header_that_relies_on_sys_ioctl_h_works_by_default_and_prelude_none_says_how_to_fix_it()
    {
        var header = Write("my.h", "#define MY_GET _IOR('m', 7, long)\n");

        var (code, stdout, stderr) = Nsfs("ioctls", "--header", header, "--arch", "x86", "--format", "tsv");
        Assert.Equal((0, string.Empty), (code, stderr));
        Assert.Equal(Header + "MY_GET\tx86\t0x80046d07\tread\t0x6d\t7\t4\n", stdout);

        (code, stdout, stderr) = Nsfs("ioctls", "--header", header, "--prelude", "none", "--arch", "x86", "--format", "tsv");
        Assert.Equal((1, Header), (code, stdout));
        Assert.StartsWith($"{header}(1,9): error NSFS1004: MY_GET is not generated: '_IOR' is not defined", stderr, StringComparison.Ordinal);
        Assert.Contains("--prelude linux/ioctl.h", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Preludes_are_read_in_order_from_the_include_roots()
    {
        Write("inc/my/types.h", "typedef struct { long a; int b; } pair_t;\n");
        var header = Write("dev.h", "#define MY_SET _IOW('m', 2, pair_t)\n");

        AssertTsv("MY_SET\tx64\t0x40106d02\twrite\t0x6d\t2\t16\n", "--header", header, "--include", Path.Combine(Temp, "inc"),
            "--prelude", "linux/ioctl.h", "--prelude", "my/types.h", "--arch", "x64");
    }

    [Fact]
    public void Header_resolves_against_include_as_its_help_says()
    {
        Write("tree/linux/my.h", "#include \"my_types.h\"\n#define MY_GET _IOR('m', 1, my_t)\n");
        Write("tree/linux/my_types.h", "typedef unsigned short my_t;\n");

        AssertTsv("MY_GET\tx64\t0x80026d01\tread\t0x6d\t1\t2\n", "--header", "linux/my.h", "--include", Path.Combine(Temp, "tree"), "--arch", "x64");
    }

    [Fact]
    public void A_header_under_no_root_finds_its_quoted_includes_next_to_it()
    {
        Write("loose/my_types.h", "typedef unsigned char my_t[3];\n");
        var header = Write("loose/my.h", "#include \"my_types.h\"\n#define MY_GET _IOR('m', 1, my_t)\n");

        AssertTsv("MY_GET\tx64\t0x80036d01\tread\t0x6d\t1\t3\n", "--header", header, "--arch", "x64");
    }

    [Fact]
    public void Asm_comes_from_the_architecture_roots_and_a_missing_one_is_an_error_at_the_request()
    {
        Write("k/include/uapi/linux/my.h", "#include <asm/my_types.h>\n#define MY_GET _IOR('m', 1, my_t)\n");
        Write("k/arch/x86/include/uapi/asm/my_types.h", "typedef long my_t;\n");
        Write("k/arch/arm64/include/uapi/asm/my_types.h", "typedef char my_t[5];\n");
        string[] roots = ["ioctls", "--header", "linux/my.h", "--include", Path.Combine(Temp, "k/include/uapi"), "--format", "tsv"];

        // Per-architecture roots: the kernel arch name x86 serves x64 and x86.
        var (code, stdout, stderr) = Nsfs([.. roots, "--include-arch", "x86=" + Path.Combine(Temp, "k/arch/x86/include/uapi"),
            "--include-arch", "arm64=" + Path.Combine(Temp, "k/arch/arm64/include/uapi"), "--arch", "arm64"]);
        Assert.Equal((0, string.Empty), (code, stderr));
        Assert.Equal(Header + "MY_GET\tarm64\t0x80056d01\tread\t0x6d\t1\t5\n", stdout);

        // The kernel tree's own layout under a root: arch/<arch>/include/uapi/asm.
        (code, stdout, stderr) = Nsfs([.. roots, "--include", Path.Combine(Temp, "k"), "--arch", "x64"]);
        Assert.Equal((0, string.Empty), (code, stderr));
        Assert.Equal(Header + "MY_GET\tx64\t0x80086d01\tread\t0x6d\t1\t8\n", stdout);

        // No root for mips: an error at the request, not a silent absence.
        (code, stdout, stderr) = Nsfs([.. roots, "--include", Path.Combine(Temp, "k"), "--arch", "mips"]);
        Assert.Equal((1, Header), (code, stdout));
        Assert.Contains("(1,2): warning NSFS1003: Cannot find include <asm/my_types.h> for mips", stderr, StringComparison.Ordinal);
        Assert.Contains("(2,9): error NSFS1005: MY_GET is not generated", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Header_dir_evaluates_every_header_below_it_named_under_its_include_root()
    {
        Write("t/linux/a.h", "#define A_GET _IOR('a', 1, int)\n#define A_NOTE \"not a number\"\n#define A_SYSCALL (__NR_BASE + 3)\n");
        Write("t/linux/sub/b.h", "#include <linux/a.h>\n#define B_SET _IOW('b', 2, int)\n");
        Write("t/linux/none.h", "#define ONLY_A_CONSTANT 1\n");
        Write("t/other/c.h", "#define C_GET _IOR('c', 3, int)\n");

        var (code, stdout, stderr) = Nsfs("ioctls", "--header-dir", Path.Combine(Temp, "t/linux"), "--include", Path.Combine(Temp, "t"),
            "--arch", "x64", "--format", "json");

        // Macros that are not requests give no error; only headers with requests are listed.
        Assert.Equal((0, string.Empty), (code, stderr));
        using var json = System.Text.Json.JsonDocument.Parse(stdout);
        var rows = json.RootElement.EnumerateArray().Select(e => (e.GetProperty("name").GetString(), e.GetProperty("header").GetString())).ToList();
        Assert.Equal([("A_GET", Path.Combine(Temp, "t/linux/a.h")), ("B_SET", Path.Combine(Temp, "t/linux/sub/b.h"))], rows);
    }

    [Fact]
    public void Header_dir_under_no_include_root_is_its_own_root()
    {
        Write("solo/x.h", "#include \"y.h\"\n#define X_GET _IOR('x', 1, y_t)\n");
        Write("solo/y.h", "typedef int y_t;\n");

        AssertTsv("X_GET\tx64\t0x80047801\tread\t0x78\t1\t4\n", "--header-dir", Path.Combine(Temp, "solo"), "--arch", "x64");
    }

    [Theory]
    [InlineData("--include-arch", "x86")]
    [InlineData("--include-arch", "=dir")]
    public void A_malformed_include_arch_is_a_usage_error(string option, string value)
    {
        var (code, _, stderr) = Nsfs("ioctls", option, value, "--header", Write("h.h", string.Empty));

        Assert.Equal(2, code);
        Assert.Contains("ARCH=DIR", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--header-dir")]
    [InlineData("--include")]
    public void A_missing_folder_is_a_missing_input(string option)
    {
        var (code, _, stderr) = Nsfs("ioctls", option, Path.Combine(Temp, "absent"), "--header-dir", Temp);

        Assert.Equal(5, code);
        Assert.Contains("absent: no such directory", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_name_found_under_no_include_root_is_a_missing_input_naming_the_roots()
    {
        var (code, _, stderr) = Nsfs("ioctls", "--header", "linux/nope.h", "--include", Temp);

        Assert.Equal(5, code);
        Assert.Contains($"linux/nope.h: no such file (nor under {Temp})", stderr, StringComparison.Ordinal);
    }

    // nsfs ioctls ... --format tsv succeeds, silent on stderr, with exactly these rows under the header row.
    private static void AssertTsv(string rows, params string[] args)
    {
        var (code, stdout, stderr) = Nsfs(["ioctls", .. args, "--format", "tsv"]);

        Assert.Equal((0, string.Empty), (code, stderr));
        Assert.Equal(Header + rows, stdout);
    }

    private static (int Code, string Stdout, string Stderr) Nsfs(params string[] args) => CliRunner.Run(args);
}
