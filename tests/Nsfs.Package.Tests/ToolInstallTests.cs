namespace Nsfs.Package.Tests;

/// <summary>The cli as users get it: installed from the feed with dotnet tool install, run as nsfs.</summary>
public sealed class ToolInstallTests(PackedFeed feed, ITestOutputHelper output) : PackedFeedTest(feed, output)
{
    [Fact]
    public void Tool_installs_from_the_feed_and_nsfs_ls_lists_our_own_pid_namespace()
    {
        string toolPath = Path.Combine(Feed.RootDirectory, "tools");
        // As the README says: the machine's NuGet configuration plus the folder as an extra source
        // (outside the consumers' folder, whose source mapping --add-source cannot be used with).
        // The private packages folder still keeps a cached Nsfs.Tool from being installed instead.
        var install = Command.Dotnet(
            ["tool", "install", "Nsfs.Tool", "--version", Feed.Version, "--tool-path", toolPath, "--add-source", Feed.FeedDirectory],
            Feed.RootDirectory, Feed.ConsumerEnvironment).ShouldSucceed();
        Show(install);

        var ls = Command.Run(Path.Combine(toolPath, "nsfs"), ["ls"], Feed.RootDirectory).ShouldSucceed();
        Show(ls);
        // Our own PID namespace is listed by its inode, as lsns does.
        string inode = new FileInfo("/proc/self/ns/pid").LinkTarget!["pid:[".Length..^1];
        Assert.Matches(new System.Text.RegularExpressions.Regex($@"^\s*{inode}\s+pid\s", System.Text.RegularExpressions.RegexOptions.Multiline), ls.Output);
    }
}
