using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace Nsfs.Package.Tests;

/// <summary>The cli publishes as a Native AOT executable without a single trim or AOT warning.</summary>
public sealed class NativeAotPublishTests(PackedFeed feed, ITestOutputHelper output) : PackedFeedTest(feed, output)
{
    [Fact]
    public void Cli_publishes_native_without_trim_or_aot_warnings_and_prints_request_numbers()
    {
        // Native AOT compiles and links with the C toolchain ILCompiler is told to use: clang, else gcc.
        string compiler = Requirements.CCompiler();
        string rid = RuntimeInformation.ProcessArchitecture == Architecture.Arm64 ? "linux-arm64" : "linux-x64";
        string publishDirectory = Path.Combine(Feed.RootDirectory, "aot");

        // The pack's artifacts folder already holds the Release libraries, so only the cli is compiled here.
        var publish = Command.Dotnet(
            ["publish", Repository.PathOf("cli/Nsfs.Cli.csproj"), "-c", "Release", "-r", rid,
             "--artifacts-path", Path.Combine(Feed.RootDirectory, "artifacts"), "-o", publishDirectory,
             $"-p:CppCompilerAndLinker={compiler}"],
            Repository.Root).ShouldSucceed();
        Show(publish);

        Assert.DoesNotMatch(new Regex(@"\bIL[23]\d{3}\b"), publish.Output);
        // One program, named nsfs, with its native debug symbols beside it and nothing managed:
        // a managed entry assembly would mean the publish output is IL, not Native AOT.
        Assert.Equal(["nsfs", "nsfs.dbg"], Directory.GetFiles(publishDirectory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        // The executable's .gnu_debuglink names the renamed symbols file (debuggers look it up by that name).
        byte[] executable = File.ReadAllBytes(Path.Combine(publishDirectory, "nsfs"));
        Assert.True(executable.AsSpan().IndexOf("nsfs.dbg\0"u8) >= 0, "the debug link names nsfs.dbg");
        Assert.True(executable.AsSpan().IndexOf("Nsfs.Cli.dbg\0"u8) < 0, "no debug link names Nsfs.Cli.dbg");

        var ioctls = Command.Run(Path.Combine(publishDirectory, "nsfs"), ["ioctls", "--arch", "x64", "--format", "tsv"], publishDirectory)
            .ShouldSucceed();
        var help = Command.Run(Path.Combine(publishDirectory, "nsfs"), ["--help"], publishDirectory).ShouldSucceed();
        Assert.Contains("Usage:\n  nsfs [command] [options]", help.Output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        // _IOR(0xb7, 6, int) on x64: read (2) << 30 | sizeof(int) << 16 | 0xb7 << 8 | 6.
        Assert.Matches(new Regex(@"^NS_GET_PID_FROM_PIDNS\tx64\t0x8004b706\t", RegexOptions.Multiline), ioctls.Output);
    }
}
