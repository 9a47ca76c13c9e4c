using System.Runtime.InteropServices;
using Nsfs.SafeHandles;

namespace Nsfs.Interop;

/// <summary>
/// The few libc entry points the runtime needs. Every call that can fail sets errno, which callers
/// read with <see cref="Marshal.GetLastPInvokeError"/>. SafeHandle parameters are ref-counted by the
/// generated marshalling code for the duration of the call, so a concurrent Dispose can never close
/// (and let the kernel reuse) the fd number while a call is using it.
/// </summary>
internal static unsafe partial class Libc
{
    private const string LibName = "libc";

    // Identical on every architecture .NET supports on Linux (generic fcntl.h values); alpha,
    // sparc and parisc differ but have no .NET runtime.
    public const int O_RDONLY = 0;
    public const int O_CLOEXEC = 0x80000;
    public const int AT_FDCWD = -100;
    public const int AT_EMPTY_PATH = 0x1000;
    public const uint STATX_INO = 0x100;

    // The unified syscall table (since Linux 5.1) gives these the same number on every
    // architecture .NET runs on; only alpha adds 110.
    public const nint SYS_pidfd_send_signal = 424;
    public const nint SYS_pidfd_open = 434;

    public const short POLLIN = 0x1;

    // open(2) is variadic (mode); passing 0 as the third argument is what C callers do.
    [LibraryImport(LibName, EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    public static partial int Open(string path, int flags, int mode);

    // Never retried on EINTR: Linux has already released the descriptor when close reports it.
    [LibraryImport(LibName, EntryPoint = "close", SetLastError = true)]
    public static partial int Close(int fd);

    // ioctl(int fd, unsigned long request, ...). The variadic argument is passed pointer-sized:
    // the PID-translation requests take the pid by value there, the others a pointer or 0.
    [LibraryImport(LibName, EntryPoint = "ioctl", SetLastError = true)]
    public static partial int Ioctl(SafeFileDescriptorHandle fd, nuint request, nint arg);

    // Raw-fd variant for descriptors the runtime does not own yet (the probe, adopted fds).
    [LibraryImport(LibName, EntryPoint = "ioctl", SetLastError = true)]
    public static partial int IoctlRaw(int fd, nuint request, nint arg);

    [LibraryImport(LibName, EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    public static partial int Statx(int dirfd, string path, int flags, uint mask, StatxBuffer* buffer);

    [LibraryImport(LibName, EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    public static partial int Statx(SafeFileDescriptorHandle fd, string path, int flags, uint mask, StatxBuffer* buffer);

    [LibraryImport(LibName, EntryPoint = "getpid")]
    public static partial int GetPid();

    [LibraryImport(LibName, EntryPoint = "gettid")]
    public static partial int GetTid();

    [LibraryImport(LibName, EntryPoint = "syscall", SetLastError = true)]
    public static partial nint Syscall(nint number, nint a1, nint a2, nint a3, nint a4);

    [LibraryImport(LibName, EntryPoint = "syscall", SetLastError = true)]
    public static partial nint Syscall(nint number, SafeFileDescriptorHandle fd, nint a2, nint a3, nint a4);

    [LibraryImport(LibName, EntryPoint = "poll", SetLastError = true)]
    public static partial int Poll(PollFd* fds, nuint count, int timeoutMs);

    /// <summary>struct pollfd: the same layout on every architecture.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct PollFd
    {
        public int Fd;
        public short Events;
        public short Revents;
    }
}
