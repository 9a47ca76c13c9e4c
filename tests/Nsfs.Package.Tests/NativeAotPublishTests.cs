using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using Nsfs.Package.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Nsfs.Package.Tests;

/// <summary>The cli publishes as a Native AOT executable without a single trim or AOT warning.</summary>
[Collection(PackedFeedDefinition.Name)]
public sealed class NativeAotPublishTests(PackedFeed feed, ITestOutputHelper output)
{
    [Fact]
    public void Cli_publishes_native_without_trim_or_aot_warnings_and_prints_request_numbers()
    {
        // NativeAOT on Linux compiles and links with clang.
        Requirements.Program("clang", "clang");
        string rid = RuntimeInformation.ProcessArchitecture == Architecture.Arm64 ? "linux-arm64" : "linux-x64";
        string publishDirectory = Path.Combine(feed.RootDirectory, "aot");

        // The pack's artifacts folder already holds the Release libraries, so only the cli is compiled here.
        var publish = Command.Dotnet(
            ["publish", Repository.PathOf("cli/Nsfs.Cli.csproj"), "-c", "Release", "-r", rid,
             "--artifacts-path", Path.Combine(feed.RootDirectory, "artifacts"), "-o", publishDirectory],
            Repository.Root).ShouldSucceed();
        output.WriteLine($"{publish.CommandLine} ({publish.Elapsed.TotalSeconds:F1} s)\n{publish.Output}");

        Assert.DoesNotMatch(new Regex(@"\bIL[23]\d{3}\b"), publish.Output);
        // Native: no managed entry assembly beside the executable.
        Assert.False(File.Exists(Path.Combine(publishDirectory, "Nsfs.Cli.dll")), "the publish output is IL, not Native AOT");

        var ioctls = Command.Run(Path.Combine(publishDirectory, "nsfs"), ["ioctls", "--arch", "x64", "--format", "tsv"], publishDirectory)
            .ShouldSucceed();
        // _IOR(0xb7, 6, int) on x64: read (2) << 30 | sizeof(int) << 16 | 0xb7 << 8 | 6.
        Assert.Matches(new Regex(@"^NS_GET_PID_FROM_PIDNS\tx64\t0x8004b706\t", RegexOptions.Multiline), ioctls.Output);
    }
}
