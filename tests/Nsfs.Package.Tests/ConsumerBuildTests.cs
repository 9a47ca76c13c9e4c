using System.Text.RegularExpressions;
using Nsfs.Package.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Nsfs.Package.Tests;

/// <summary>A new project outside the solution restores the packed Nsfs and builds with it.</summary>
[Collection(PackedFeedDefinition.Name)]
public sealed class ConsumerBuildTests(PackedFeed feed, ITestOutputHelper output)
{
    private const string Program = """
        using System.Runtime.Versioning;
        using Nsfs;
        using Consumer.Uapi;

        [assembly: SupportedOSPlatform("linux")]

        int self = Environment.ProcessId;
        using var ns = PidNamespace.OpenCurrent();
        Console.WriteLine($"init {PidNamespace.GetInitPidOfProcess(self)}");
        Console.WriteLine($"round-trip {ns.PidFromNamespace(ns.PidInNamespace(self)) == self}");
        Console.WriteLine($"MY_VALUE {My.MY_VALUE}");
        Console.WriteLine($"MY_GET_THING 0x{My.MY_GET_THING:x8}");
        """;

    [Fact]
    public void Runtime_api_builds_and_runs_and_an_own_header_generates_and_regenerates_constants()
    {
        var consumer = new ConsumerProject(feed, "Consumer", """    <NsfsHeader Include="my.h" />""")
            .Write("Program.cs", Program)
            .Write("my.h", """
                #include <linux/ioctl.h>
                #define MY_MAGIC 0xb8
                #define MY_VALUE 41
                #define MY_GET_THING _IOR(MY_MAGIC, 0x1, int)
                """);

        var build = consumer.Build().ShouldSucceed();
        output.WriteLine($"first build ({build.Elapsed.TotalSeconds:F1} s, restore included):\n{build.Output}");
        var run = consumer.Run().ShouldSucceed();
        output.WriteLine(run.Output);
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
        output.WriteLine($"rebuild after editing my.h ({rebuild.Elapsed.TotalSeconds:F1} s):\n{rebuild.Output}");
        var rerun = consumer.Run().ShouldSucceed();
        output.WriteLine(rerun.Output);
        Assert.Contains("MY_VALUE 42\n", rerun.Output, StringComparison.Ordinal);
        Assert.Contains($"MY_GET_THING 0x{GenericIor(0xb8, 0x2, 8):x8}\n", rerun.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_struct_that_contains_itself_is_a_located_error_not_a_compiler_crash()
    {
        // It once overflowed the stack in the layout code and took csc (and the IDE) down with it.
        var consumer = new ConsumerProject(feed, "SelfContaining", """    <NsfsHeader Include="fz.h" />""")
            .Write("Program.cs", "System.Console.WriteLine();\n")
            .Write("fz.h", """
                #include <linux/ioctl.h>
                struct fz { struct fz a; };
                #define FZ_GET _IOR(1, 2, struct fz)
                """);

        var build = consumer.Build().ShouldFail();
        output.WriteLine(build.Output);
        string header = Regex.Escape(consumer.PathOf("fz.h"));
        Assert.Matches(new Regex($@"^\s*{header}\(2,\d+\): error NSFS1002: struct fz contains itself", RegexOptions.Multiline), build.Output);
        Assert.DoesNotContain("Stack overflow", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("CS8785", build.Output, StringComparison.Ordinal); // a generator that threw
        Assert.DoesNotContain("NSFS1999", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_header_fails_the_build_with_an_nsfs_diagnostic_at_its_line_and_column()
    {
        var consumer = new ConsumerProject(feed, "BrokenHeader", """    <NsfsHeader Include="my.h" />""")
            .Write("Program.cs", "System.Console.WriteLine();\n")
            .Write("my.h", """
                #include <linux/ioctl.h>
                #define MY_MAGIC 0xb8
                #define MY_OK _IO(MY_MAGIC, 1)
                #define MY_BAD _IOR(MY_MAGIC, 2, struct missing)
                """);

        var build = consumer.Build().ShouldFail();
        output.WriteLine(build.Output);
        // MSBuild's canonical form, which IDEs and CI logs turn into a link to the header line.
        string header = Regex.Escape(consumer.PathOf("my.h"));
        Assert.Matches(new Regex($@"^\s*{header}\(4,\d+\): error NSFS1002: .*missing", RegexOptions.Multiline), build.Output);
    }

    /// <summary>_IOR in asm-generic/ioctl.h (x64, arm64, riscv…: the architectures CI runs on).</summary>
    private static uint GenericIor(uint type, uint nr, uint size) => (2u << 30) | (size << 16) | (type << 8) | nr;
}
