namespace Nsfs.SafeHandles;

/// <summary>
/// A Linux file descriptor owned by the runtime. Unlike <see cref="Microsoft.Win32.SafeHandles.SafeHandleZeroOrMinusOneIsInvalid"/>,
/// descriptor 0 is valid (a process that closed stdin gets 0 from its next open); only -1 is invalid.
/// Every interop call takes the handle by reference count, so disposing it while another thread is
/// inside a call defers the close until that call returns: the fd number cannot be reused under it.
/// </summary>
public abstract class SafeFileDescriptorHandle : SafeHandle
{
    /// <summary>Wraps an existing descriptor.</summary>
    /// <param name="fd">The descriptor number (0 or greater).</param>
    /// <param name="ownsHandle">Whether disposing this handle closes <paramref name="fd"/>.</param>
    protected SafeFileDescriptorHandle(int fd, bool ownsHandle)
        : base(new IntPtr(-1), ownsHandle)
    {
        SetHandle(new IntPtr(fd));
    }

    /// <inheritdoc />
    public override bool IsInvalid => handle.ToInt64() < 0;

    /// <summary>
    /// The descriptor number. Only meaningful while the handle is open; use it for logging or
    /// for passing to code that holds its own reference (<see cref="SafeHandle.DangerousAddRef"/>).
    /// </summary>
    public int FileDescriptor => (int)handle.ToInt64();

    /// <inheritdoc />
    protected override bool ReleaseHandle() => Libc.Close((int)handle.ToInt64()) == 0;
}
