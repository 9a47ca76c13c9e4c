using Nsfs.Interop;
using Nsfs.Metadata;
using Nsfs.Uapi;

namespace Nsfs.Runtime.Tests;

/// <summary>The errno values above 34, which come from the current architecture's generated table.</summary>
public sealed class ErrnoTests
{
    [Fact]
    public void High_errnos_are_this_architectures_values()
    {
        Assert.NotNull(LinuxArchitectures.Current);
        Assert.Equal(SyscallConstants.NSFS_ENOSYS, Errno.ENOSYS);
        Assert.Equal(SyscallConstants.NSFS_EOVERFLOW, Errno.EOVERFLOW);
        Assert.Equal(SyscallConstants.NSFS_EOPNOTSUPP, Errno.EOPNOTSUPP);
        Assert.Equal("ENOSYS", Errno.Name(Errno.ENOSYS));
    }

    [Fact]
    public void A_value_the_architecture_lacks_matches_no_errno_instead_of_throwing()
    {
        // What the generated property does on an architecture without the constant.
        int value = Errno.ReadOrNone(static () => LinuxArchitectures.ThrowUnsupported<int>("NSFS_ENOSYS"));

        Assert.Equal(Errno.None, value);
        Assert.Equal("errno -1", Errno.Name(value));
    }
}
