using System.Runtime.InteropServices;
using Nsfs.Errors;
using Nsfs.SafeHandles;

namespace Nsfs.Interop;

/// <summary>
/// The retry-on-EINTR loops and fd wrapping shared by every wrapper, so each call site only decides
/// what its errno means (through <see cref="NsfsErrors"/>).
/// </summary>
internal static unsafe class NativeCalls
{
    /// <summary>Issues an ioctl, retrying on EINTR. Returns the result, or -1 with <paramref name="errno"/> set.</summary>
    public static int Ioctl(SafeFileDescriptorHandle fd, nuint request, nint arg, out int errno)
    {
        while (true)
        {
            int result = Libc.Ioctl(fd, request, arg);
            if (result >= 0)
            {
                errno = 0;
                return result;
            }

            errno = Marshal.GetLastPInvokeError();
            if (errno != Errno.EINTR)
            {
                return result;
            }
        }
    }

    /// <summary>Issues an ioctl and throws the mapped exception on any failure.</summary>
    public static int IoctlOrThrow(SafeFileDescriptorHandle fd, nuint request, nint arg, in ErrorContext context)
    {
        int result = Ioctl(fd, request, arg, out int errno);
        return result >= 0 ? result : throw NsfsErrors.CreateException(errno, context);
    }

    /// <summary>Opens a file read-only and close-on-exec, retrying on EINTR. Returns -1 with <paramref name="errno"/> on failure.</summary>
    public static int Open(string path, out int errno)
    {
        while (true)
        {
            int fd = Libc.Open(path, Libc.O_RDONLY | Libc.O_CLOEXEC, 0);
            if (fd >= 0)
            {
                errno = 0;
                return fd;
            }

            errno = Marshal.GetLastPInvokeError();
            if (errno != Errno.EINTR)
            {
                return -1;
            }
        }
    }

    /// <summary>The (device, inode) of an open descriptor.</summary>
    public static NamespaceIdentity Stat(SafeFileDescriptorHandle fd, in ErrorContext context)
    {
        StatxBuffer buffer;
        while (true)
        {
            if (Libc.Statx(fd, "", Libc.AT_EMPTY_PATH, Libc.STATX_INO, &buffer) == 0)
            {
                return new NamespaceIdentity(buffer.Device, buffer.Inode);
            }

            int errno = Marshal.GetLastPInvokeError();
            if (errno != Errno.EINTR)
            {
                throw NsfsErrors.CreateException(errno, context);
            }
        }
    }

    /// <summary>The (device, inode) a path resolves to (following the /proc magic links), or errno.</summary>
    public static int TryStat(string path, out NamespaceIdentity identity)
    {
        StatxBuffer buffer;
        while (true)
        {
            if (Libc.Statx(Libc.AT_FDCWD, path, 0, Libc.STATX_INO, &buffer) == 0)
            {
                identity = new NamespaceIdentity(buffer.Device, buffer.Inode);
                return 0;
            }

            int errno = Marshal.GetLastPInvokeError();
            if (errno != Errno.EINTR)
            {
                identity = default;
                return errno;
            }
        }
    }
}
