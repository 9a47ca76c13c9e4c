namespace Nsfs.SafeHandles;

/// <summary>An open nsfs file descriptor (<c>/proc/&lt;pid&gt;/ns/&lt;type&gt;</c> or one an ioctl returned).</summary>
public sealed class SafeNamespaceHandle : SafeFileDescriptorHandle
{
    /// <summary>Wraps an existing namespace descriptor.</summary>
    /// <param name="fd">The descriptor number (0 is valid).</param>
    /// <param name="ownsHandle">Whether disposing this handle closes <paramref name="fd"/>.</param>
    public SafeNamespaceHandle(int fd, bool ownsHandle)
        : base(fd, ownsHandle)
    {
    }
}
