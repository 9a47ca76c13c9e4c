using System.Globalization;

namespace Nsfs.Runtime.Tests;

/// <summary>What a handle says about itself: ToString does no I/O and never throws, and a rejected argument names its parameter.</summary>
public sealed class DisplayTests
{
    [Fact]
    public void ToString_shows_the_inode_once_known_and_never_throws_after_dispose()
    {
        var unread = PidNamespace.OpenCurrent();
        Assert.Equal("pid:[?]", unread.ToString());
        unread.Dispose();
        Assert.Equal("pid:[?]", unread.ToString());

        var read = PidNamespace.OpenCurrent();
        string expected = string.Create(CultureInfo.InvariantCulture, $"pid:[{read.Inode}]");
        Assert.Equal(expected, read.ToString());
        read.Dispose();
        Assert.Equal(expected, read.ToString());
    }

    [Fact]
    public void A_handle_opened_by_path_reads_its_identity_when_opened()
    {
        using var ns = NamespaceHandle.OpenPath("/proc/self/ns/net");
        Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"net:[{ns.Inode}]"), ns.ToString());
        Assert.Equal(new FileInfo("/proc/self/ns/net").LinkTarget, ns.ToString());
    }

    [Fact]
    public void Rejected_arguments_name_their_parameter()
    {
        Assert.Equal("options", Assert.Throws<ArgumentOutOfRangeException>(() => PidFd.Open(Environment.ProcessId, (PidFdOptions)0x40)).ParamName);
        Assert.Equal("pid", Assert.Throws<ArgumentOutOfRangeException>(() => PidNamespace.Open(0)).ParamName);
        Assert.Equal("path", Assert.Throws<ArgumentException>(() => PidNamespace.OpenPath("")).ParamName);
    }
}
