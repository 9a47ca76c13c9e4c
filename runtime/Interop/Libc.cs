namespace Nsfs.Interop;

/// <summary>
/// The libc entry points the runtime needs, called only by <see cref="NativeCalls"/> (and by the
/// safe handles' release). Every call that can fail sets errno, which <see cref="NativeCalls"/> reads
/// with <see cref="Marshal.GetLastPInvokeError"/>. SafeHandle parameters are ref-counted by the
/// generated marshalling code for the duration of the call, so a concurrent Dispose can never close
/// (and let the kernel reuse) the fd number while a call is using it. The flag and syscall numbers
/// passed here come from <c>Interop/syscall-constants.h</c>, evaluated per architecture by the generator.
/// </summary>
internal static unsafe partial class Libc
{
    private const string LibName = "libc";

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

    // Raw-fd variant for descriptors the caller keeps alive with its own reference.
    [LibraryImport(LibName, EntryPoint = "ioctl", SetLastError = true)]
    public static partial int IoctlRaw(int fd, nuint request, nint arg);

    // Any SafeHandle: the cli states the files it opens through .NET's own SafeFileHandle.
    [LibraryImport(LibName, EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    public static partial int Statx(SafeHandle directory, string path, int flags, uint mask, statx* buffer);

    // Raw-directory variant for AT_FDCWD, which no handle stands for.
    [LibraryImport(LibName, EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    public static partial int Statx(int directory, string path, int flags, uint mask, statx* buffer);

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
