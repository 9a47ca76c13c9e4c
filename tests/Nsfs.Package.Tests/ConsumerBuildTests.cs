using System.Text.RegularExpressions;

namespace Nsfs.Package.Tests;

/// <summary>A new project outside the solution restores the packed Nsfs and builds with it.</summary>
public sealed class ConsumerBuildTests(PackedFeed feed, ITestOutputHelper output) : PackedFeedTest(feed, output)
{
    private const string Program = """
        using System.Runtime.Versioning;
        using Nsfs;
        using Consumer.Uapi;

        [assembly: SupportedOSPlatform("linux")]

        int self = Environment.ProcessId;
        using var ns = PidNamespace.OpenCurrent();
        Console.WriteLine($"init {PidNamespace.GetInitPidOfProcess(self)}");
        Console.WriteLine($"round-trip {ns.GetPidFromNamespace(ns.GetPidInNamespace(self)) == self}");
        Console.WriteLine($"MY_VALUE {My.MY_VALUE}");
        Console.WriteLine($"MY_GET_THING 0x{My.MY_GET_THING:x8}");
        """;

    [Fact]
    public void Runtime_api_builds_and_runs_and_an_own_header_generates_and_regenerates_constants()
    {
        var consumer = new ConsumerProject(Feed, "Consumer", """    <NsfsHeader Include="my.h" />""")
            .Write("Program.cs", Program)
            .Write("my.h", """
                #include <linux/ioctl.h>
                #define MY_MAGIC 0xb8
                #define MY_VALUE 41
                #define MY_GET_THING _IOR(MY_MAGIC, 0x1, int)
                """);

        var build = consumer.Build().ShouldSucceed();
        Show(build);
        var run = consumer.Run().ShouldSucceed();
        Show(run);
        // The test's own PID namespace's init, seen from inside it, is always pid 1.
        Assert.Contains("init 1\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("round-trip True\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("MY_VALUE 41\n", run.Output, StringComparison.Ordinal);
        Assert.Contains($"MY_GET_THING 0x{GenericIor(0xb8, 0x1, 4):x8}\n", run.Output, StringComparison.Ordinal);

        consumer.Write("my.h", """
            #include <linux/ioctl.h>
            #define MY_MAGIC 0xb8
            #define MY_VALUE 42
            #define MY_GET_THING _IOR(MY_MAGIC, 0x2, long long)
            """);
        var rebuild = consumer.Build(restore: false).ShouldSucceed();
        Show(rebuild);
        var rerun = consumer.Run().ShouldSucceed();
        Show(rerun);
        Assert.Contains("MY_VALUE 42\n", rerun.Output, StringComparison.Ordinal);
        Assert.Contains($"MY_GET_THING 0x{GenericIor(0xb8, 0x2, 8):x8}\n", rerun.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_struct_that_contains_itself_is_a_located_error_not_a_compiler_crash()
    {
        // It once overflowed the stack in the layout code and took csc (and the IDE) down with it.
        var consumer = new ConsumerProject(Feed, "SelfContaining", """    <NsfsHeader Include="fz.h" />""")
            .Write("Program.cs", "System.Console.WriteLine();\n")
            .Write("fz.h", """
                #include <linux/ioctl.h>
                struct fz { struct fz a; };
                #define FZ_GET _IOR(1, 2, struct fz)
                """);

        var build = consumer.Build().ShouldFail();
        Show(build);
        string header = Regex.Escape(consumer.PathOf("fz.h"));
        Assert.Matches(new Regex($@"^\s*{header}\(2,\d+\): error NSFS1002: struct fz contains itself", RegexOptions.Multiline), build.Output);
        Assert.DoesNotContain("Stack overflow", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("CS8785", build.Output, StringComparison.Ordinal); // a generator that threw
        Assert.DoesNotContain("NSFS1999", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_header_fails_the_build_with_an_nsfs_diagnostic_at_its_line_and_column()
    {
        var consumer = new ConsumerProject(Feed, "BrokenHeader", """    <NsfsHeader Include="my.h" />""")
            .Write("Program.cs", "System.Console.WriteLine();\n")
            .Write("my.h", """
                #include <linux/ioctl.h>
                #define MY_MAGIC 0xb8
                #define MY_OK _IO(MY_MAGIC, 1)
                #define MY_BAD _IOR(MY_MAGIC, 2, struct missing)
                """);

        var build = consumer.Build().ShouldFail();
        Show(build);
        // MSBuild's canonical form, which IDEs and CI logs turn into a link to the header line.
        string header = Regex.Escape(consumer.PathOf("my.h"));
        Assert.Matches(new Regex($@"^\s*{header}\(4,\d+\): error NSFS1002: .*missing", RegexOptions.Multiline), build.Output);
    }

    [Fact]
    public void Prelude_and_arch_metadata_reach_the_generator_and_a_missing_asm_header_is_an_error_at_the_request()
    {
        var consumer = new ConsumerProject(Feed, "IncludeRoots", """
                <NsfsHeader Include="inc/my/types.h" IncludeRoot="inc/" Generate="false" />
                <NsfsHeader Include="k/asm/my_types.h" IncludeRoot="k/" Arch="x86" />
                <NsfsHeader Include="dev.h" Prelude="linux/ioctl.h;my/types.h" />
            """)
            .Write("Program.cs", "System.Console.WriteLine();\n")
            .Write("inc/my/types.h", "typedef struct { int a, b; } pair_t;\n")
            .Write("k/asm/my_types.h", "typedef long arch_t;\n")
            .Write("dev.h", """
                #include <asm/my_types.h>
                #define DEV_SET _IOW('m', 2, pair_t)
                #define DEV_GET _IOR('m', 1, arch_t)
                """);

        var build = consumer.Build().ShouldFail();
        Show(build);
        string header = Regex.Escape(consumer.PathOf("dev.h"));
        // DEV_SET needs both preludes (the ioctl macros and pair_t) and has no error; DEV_GET has
        // arch_t on x64, x86 and x32 only (Arch="x86"), so the other architectures make it an error.
        Assert.DoesNotMatch(new Regex($@"{header}\(2,\d+\): error", RegexOptions.Multiline), build.Output);
        Assert.Matches(new Regex($@"^\s*{header}\(3,\d+\): error NSFS1005: DEV_GET is not generated", RegexOptions.Multiline), build.Output);
        Assert.Matches(new Regex($@"{header}\(1,\d+\): warning NSFS1003: Cannot find include <asm/my_types.h> for arm64 "), build.Output);
        Assert.DoesNotMatch(new Regex("<asm/my_types.h> for x(64|86|32) "), build.Output);
    }

    /// <summary>_IOR in asm-generic/ioctl.h (x64, arm64, riscv…: the architectures CI runs on).</summary>
    private static uint GenericIor(uint type, uint nr, uint size) => (2u << 30) | (size << 16) | (type << 8) | nr;
}
