using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;
using Nsfs.Interop;
using Nsfs.Uapi;

namespace Nsfs.Generator.Tests.Cli;

/// <summary>
/// Tells whether a file was opened while it was watched (inotify's IN_OPEN on its inode, which the
/// kernel queues as each open succeeds, whoever opens it and through whatever path), so a test can
/// check that code looked at a file without opening it.
/// </summary>
internal sealed partial class OpenWatch : IDisposable
{
    // IN_OPEN of linux/inotify.h (not vendored): the fsnotify event bit FS_OPEN, the same on every architecture.
    private const uint InOpen = 0x20;

    private readonly SafeFileHandle inotify;

    /// <summary>Starts watching <paramref name="path"/>.</summary>
    public OpenWatch(string path)
    {
        // IN_NONBLOCK and IN_CLOEXEC are O_NONBLOCK and O_CLOEXEC, so reading finds out at once that nothing happened.
        inotify = new SafeFileHandle(Check(InotifyInit1(SyscallConstants.NSFS_O_NONBLOCK | SyscallConstants.NSFS_O_CLOEXEC), "inotify_init1"), ownsHandle: true);
        Check(InotifyAddWatch(inotify, path, InOpen), $"inotify_add_watch {path}");
    }

    /// <summary>Whether the file has been opened since the watch began (or since this was last asked).</summary>
    public unsafe bool Opened()
    {
        var events = stackalloc byte[4096];
        var read = Read(inotify, events, 4096);
        if (read >= 0)
        {
            return read > 0;
        }

        return Marshal.GetLastPInvokeError() == Errno.EAGAIN ? false : throw Failure("read of inotify events");
    }

    /// <inheritdoc />
    public void Dispose() => inotify.Dispose();

    private static int Check(int result, string call) => result >= 0 ? result : throw Failure(call);

    private static InvalidOperationException Failure(string call) =>
        new($"{call} failed: {Marshal.GetLastPInvokeErrorMessage()} (inotify is needed to see whether a file is opened)");

    [LibraryImport("libc", EntryPoint = "inotify_init1", SetLastError = true)]
    private static partial int InotifyInit1(int flags);

    [LibraryImport("libc", EntryPoint = "inotify_add_watch", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int InotifyAddWatch(SafeFileHandle fd, string path, uint mask);

    [LibraryImport("libc", EntryPoint = "read", SetLastError = true)]
    private static unsafe partial nint Read(SafeFileHandle fd, byte* buffer, nuint count);
}
