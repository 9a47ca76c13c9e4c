namespace Nsfs.SafeHandles;

/// <summary>An open pidfd (from <c>pidfd_open</c>, <c>clone3</c> or <c>SO_PEERPIDFD</c>).</summary>
public sealed class SafePidFdHandle : SafeFileDescriptorHandle
{
    /// <summary>Wraps an existing pidfd.</summary>
    /// <param name="fd">The descriptor number (0 is valid).</param>
    /// <param name="ownsHandle">Whether disposing this handle closes <paramref name="fd"/>.</param>
    public SafePidFdHandle(int fd, bool ownsHandle)
        : base(fd, ownsHandle)
    {
    }
}
