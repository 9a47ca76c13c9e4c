using Nsfs.Uapi;

namespace Nsfs.Runtime.Tests;

/// <summary>Handles opened by pid skip the checks procfs guarantees and read their identity on first use.</summary>
public sealed class LazyIdentityTests
{
    [Theory]
    [InlineData(NamespaceType.Pid)]
    [InlineData(NamespaceType.Mount)]
    [InlineData(NamespaceType.User)]
    [InlineData(NamespaceType.Net)]
    public void A_handle_opened_by_pid_has_the_same_type_and_identity_as_a_validated_open(NamespaceType type)
    {
        using var byPid = NamespaceHandle.Open(Environment.ProcessId, type);
        using var validated = NamespaceHandle.OpenPath($"/proc/{Environment.ProcessId}/ns/{NamespaceTypeNames.GetProcName(type)}");

        Assert.Equal(validated.NamespaceType, byPid.NamespaceType);
        Assert.Equal(validated.GetType(), byPid.GetType());
        Assert.Equal(validated.Identity, byPid.Identity);
        Assert.True(byPid.IsSameNamespace(validated));
    }

    [Fact]
    public void An_identity_read_before_dispose_stays_readable_and_one_never_read_is_disposed_with_the_handle()
    {
        var read = PidNamespace.OpenCurrent();
        var inode = read.Inode;
        read.Dispose();
        Assert.Equal(inode, read.Identity.Inode);

        var unread = PidNamespace.OpenCurrent();
        unread.Dispose();
        Assert.Throws<ObjectDisposedException>(() => unread.Identity);
    }
}
