using System.Runtime.InteropServices;
using Nsfs.Interop;
using Nsfs.Metadata;

namespace Nsfs.Runtime.Tests;

/// <summary>The errno values above 34, which come from the current architecture's generated table.</summary>
public sealed class ErrnoTests
{
    [Theory]
    // The C library's own descriptions (strerror), an oracle independent of the generated table.
    [InlineData("ENOSYS", "Function not implemented")]
    [InlineData("EOVERFLOW", "Value too large for defined data type")]
    [InlineData("EOPNOTSUPP", "Operation not supported")]
    public void High_errnos_are_the_numbers_this_machines_libc_describes(string name, string description)
    {
        Assert.NotNull(LinuxArchitectures.Current);
        int errno = (int)typeof(Errno).GetField(name)!.GetValue(null)!;

        Assert.Equal(description, Marshal.GetPInvokeErrorMessage(errno));
        Assert.Equal(name, Errno.Name(errno));
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
