namespace Nsfs.Interop;

/// <summary>
/// The runtime's one way into the kernel: every system call goes through here, with one EINTR
/// policy, so each call site only decides what an errno means (through <see cref="NsfsErrors"/>).
/// </summary>
/// <remarks>
/// EINTR policy: every call below is retried while it fails with EINTR. All of them are restartable
/// (opens, statx, ioctls, poll with a zero timeout, pidfd_open and pidfd_send_signal either did
/// nothing or complete when reissued), so a caller never sees EINTR. close(2) is the exception and
/// lives in <see cref="SafeFileDescriptorHandle"/>: Linux has released the descriptor even when it
/// reports EINTR, so it is never retried.
/// </remarks>
internal static unsafe class NativeCalls
{
    /// <summary>Issues an ioctl. Returns the result, or -1 with <paramref name="errno"/> set.</summary>
    public static int Ioctl(SafeFileDescriptorHandle fd, nuint request, nint arg, out int errno)
    {
        int result;
        do
        {
            result = Libc.Ioctl(fd, request, arg);
        }
        while (Interrupted(result, out errno));

        return result;
    }

    /// <summary>Issues an ioctl on a descriptor the caller keeps open with its own reference.</summary>
    public static int Ioctl(int fd, nuint request, nint arg, out int errno)
    {
        int result;
        do
        {
            result = Libc.IoctlRaw(fd, request, arg);
        }
        while (Interrupted(result, out errno));

        return result;
    }

    /// <summary>
    /// Opens a file read-only and close-on-exec, without waiting (a FIFO with no writer opens at
    /// once, so the caller can check what it opened instead of blocking) and without it becoming
    /// the controlling terminal. Returns -1 with <paramref name="errno"/> on failure.
    /// </summary>
    public static int Open(string path, out int errno)
    {
        int flags = SyscallConstants.NSFS_O_RDONLY | SyscallConstants.NSFS_O_CLOEXEC | SyscallConstants.NSFS_O_NONBLOCK | SyscallConstants.NSFS_O_NOCTTY;
        int fd;
        do
        {
            fd = Libc.Open(path, flags, 0);
        }
        while (Interrupted(fd, out errno));

        return fd;
    }

    /// <summary>The (device, inode) of an open descriptor.</summary>
    public static NamespaceIdentity Stat(SafeFileDescriptorHandle fd, in ErrorContext context) =>
        Statx(fd, LinuxStat.STATX_INO, out var buffer, out int errno) == 0
            ? new NamespaceIdentity(Device(buffer), buffer.stx_ino)
            : throw NsfsErrors.CreateException(errno, context);

    /// <summary>The device holding the file, in the glibc <c>makedev</c> encoding, so values compare equal to <c>st_dev</c>.</summary>
    private static ulong Device(in statx buffer) =>
        ((ulong)(buffer.stx_dev_major & 0xfffff000u) << 32) | ((ulong)(buffer.stx_dev_major & 0xfffu) << 8)
        | ((ulong)(buffer.stx_dev_minor & 0xffffff00u) << 12) | (buffer.stx_dev_minor & 0xffu);

    /// <summary>statx(2) of an open descriptor. Returns 0, or -1 with <paramref name="errno"/> set.</summary>
    /// <param name="fd">The descriptor.</param>
    /// <param name="mask">The <c>STATX_*</c> fields wanted.</param>
    /// <param name="buffer">The fields asked for (and any others the kernel filled).</param>
    /// <param name="errno">0, or why it failed.</param>
    public static int Statx(SafeHandle fd, uint mask, out statx buffer, out int errno)
    {
        buffer = default;
        int result;
        fixed (statx* status = &buffer)
        {
            do
            {
                result = Libc.Statx(fd, string.Empty, SyscallConstants.NSFS_AT_EMPTY_PATH, mask, status);
            }
            while (Interrupted(result, out errno));
        }

        return result;
    }

    /// <summary>statx(2) of a path, relative to the working directory, following symbolic links. Returns 0, or -1 with <paramref name="errno"/> set.</summary>
    /// <param name="path">The file.</param>
    /// <param name="mask">The <c>STATX_*</c> fields wanted.</param>
    /// <param name="buffer">The fields asked for (and any others the kernel filled).</param>
    /// <param name="errno">0, or why it failed.</param>
    public static int Statx(string path, uint mask, out statx buffer, out int errno)
    {
        buffer = default;
        int result;
        fixed (statx* status = &buffer)
        {
            do
            {
                result = Libc.Statx(SyscallConstants.NSFS_AT_FDCWD, path, 0, mask, status);
            }
            while (Interrupted(result, out errno));
        }

        return result;
    }

    /// <summary>Whether <paramref name="fd"/> polls readable right now (a pidfd does once its process exits); -1 with errno on failure.</summary>
    public static int PollReadable(SafeFileDescriptorHandle fd, out int errno)
    {
        bool added = false;
        fd.DangerousAddRef(ref added);
        try
        {
            var poll = new Libc.PollFd { Fd = fd.FileDescriptor, Events = (short)SyscallConstants.NSFS_POLLIN };
            int result;
            do
            {
                result = Libc.Poll(&poll, 1, 0);
            }
            while (Interrupted(result, out errno));

            return result < 0 ? -1 : (poll.Revents & SyscallConstants.NSFS_POLLIN) != 0 ? 1 : 0;
        }
        finally
        {
            if (added)
            {
                fd.DangerousRelease();
            }
        }
    }

    /// <summary>pidfd_open(2). Returns the new descriptor, or -1 with <paramref name="errno"/> set.</summary>
    public static int PidFdOpen(int pid, uint flags, out int errno)
    {
        nint fd;
        do
        {
            fd = Libc.Syscall(SyscallConstants.NSFS_SYS_PIDFD_OPEN, pid, (nint)flags, 0, 0);
        }
        while (Interrupted(fd, out errno));

        return (int)fd;
    }

    /// <summary>pidfd_send_signal(2) with no siginfo and no flags. Returns 0, or -1 with <paramref name="errno"/> set.</summary>
    public static int PidFdSendSignal(SafeFileDescriptorHandle pidfd, int signal, out int errno)
    {
        nint result;
        do
        {
            result = Libc.Syscall(SyscallConstants.NSFS_SYS_PIDFD_SEND_SIGNAL, pidfd, signal, 0, 0);
        }
        while (Interrupted(result, out errno));

        return (int)result;
    }

    /// <summary>getpid(2), which cannot fail. Unlike <see cref="Environment.ProcessId"/> it is asked each time.</summary>
    public static int GetPid() => Libc.GetPid();

    /// <summary>The EINTR policy: reads errno after a failed call and says whether to reissue it.</summary>
    private static bool Interrupted(nint result, out int errno)
    {
        if (result >= 0)
        {
            errno = 0;
            return false;
        }

        errno = Marshal.GetLastPInvokeError();
        return errno == Errno.EINTR;
    }
}
