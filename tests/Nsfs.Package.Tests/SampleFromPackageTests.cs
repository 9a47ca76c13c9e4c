using System.Diagnostics;
using System.Globalization;

namespace Nsfs.Package.Tests;

/// <summary>
/// samples/Nsfs.Samples.InitPidCache, copied out of the repository and built against the packed
/// Nsfs, answers LXCFS's question for processes in a new PID namespace; /proc is the oracle.
/// </summary>
public sealed class SampleFromPackageTests(PackedFeed feed, ITestOutputHelper output) : PackedFeedTest(feed, output)
{
    [Fact]
    public void Sample_built_from_the_package_finds_the_init_of_a_new_pid_namespace()
    {
        Requirements.Program("unshare", "util-linux");
        string sample = CopySample();
        var build = Command.Dotnet(["build", "-c", "Release", $"-p:NsfsPackageVersion={Feed.Version}"], sample, Feed.ConsumerEnvironment)
            .ShouldSucceed();
        Show(build);
        // Restored as a package from the feed, not built from the source tree.
        using (var assets = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(sample, "obj", "project.assets.json"))))
        {
            var library = assets.RootElement.GetProperty("libraries").GetProperty($"Nsfs/{Feed.Version}");
            Assert.Equal("package", library.GetProperty("type").GetString());
        }

        // sh is pid 1 of the new namespace and sleep its pid 2.
        using var unshare = Process.Start(new ProcessStartInfo("unshare", [.. Privilege.Unshare("--pid", "--fork", "--mount-proc"), "sh", "-c", "sleep 600 & wait"])
        {
            RedirectStandardInput = true,
        })!;
        try
        {
            int init = SingleChild(unshare.Id);
            int sleeper = SingleChild(init);
            int[] initNsPid = NsPid(init);
            int[] sleeperNsPid = NsPid(sleeper);
            // The oracle: init is pid 1 one level down, and the sleeper is in the same namespace.
            Assert.Equal([init, 1], initNsPid);
            Assert.Equal(2, sleeperNsPid.Length);
            Assert.Equal(new FileInfo($"/proc/{init}/ns/pid").LinkTarget, new FileInfo($"/proc/{sleeper}/ns/pid").LinkTarget);

            int self = Environment.ProcessId;
            var run = Command.Run("dotnet", [Path.Combine(sample, "bin", "Release", "net10.0", "Nsfs.Samples.InitPidCache.dll")], sample,
                standardInput: $"{sleeper}\n{init}\n{sleeper}\n{self}\n").ShouldSucceed();
            Show(run);

            Assert.Contains($"{sleeper} -> {init}\n{init} -> {init}\n{sleeper} -> {init}\n", run.Output, StringComparison.Ordinal);
            // Our own namespace's init, as we see it, is pid 1 whether or not we run in a container.
            Assert.Contains($"{self} -> 1\n", run.Output, StringComparison.Ordinal);
            // One translate-and-pin per namespace; the repeats were answered by the validated cache.
            Assert.Contains("cache: 2 hits, 2 misses", run.Output, StringComparison.Ordinal);
        }
        finally
        {
            unshare.Kill(entireProcessTree: true);
            unshare.WaitForExit();
        }
    }

    /// <summary>The sample's sources alone, outside the repository, where it is a plain package consumer.</summary>
    private string CopySample()
    {
        string source = Repository.PathOf("samples/Nsfs.Samples.InitPidCache");
        string target = Feed.NewDirectory("InitPidCache");
        foreach (string file in Directory.EnumerateFiles(source).Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".csproj", StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        return target;
    }

    private static int SingleChild(int pid)
    {
        // The child appears once the parent has forked; a few seconds covers a loaded machine.
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(10))
        {
            string[] children = File.ReadAllText($"/proc/{pid}/task/{pid}/children").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (children.Length == 1)
            {
                return int.Parse(children[0], CultureInfo.InvariantCulture);
            }

            Thread.Sleep(20);
        }

        Assert.Fail($"process {pid} did not start its child");
        return 0;
    }

    private static int[] NsPid(int pid) =>
        File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("NSpid:", StringComparison.Ordinal))["NSpid:".Length..]
            .Split('\t', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
}
