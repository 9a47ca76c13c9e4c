using System.Diagnostics.CodeAnalysis;

namespace Nsfs;

/// <summary>
/// A pidfd: a stable reference to one process (or thread) that, unlike a pid, can never come to
/// mean another process. Signals and namespace look-ups through it are race-free.
/// </summary>
public sealed class PidFd : IDisposable
{
    private const PidFdInfoFields DefaultFields = PidFdInfoFields.Pid | PidFdInfoFields.Credentials | PidFdInfoFields.CgroupId;

    private PidFd(SafePidFdHandle handle, int openedPid)
    {
        SafeHandle = handle;
        OpenedPid = openedPid;
    }

    /// <summary>The descriptor, for interop (poll, waitid P_PIDFD, setns). It stays owned by this object.</summary>
    public SafePidFdHandle SafeHandle { get; }

    /// <summary>The pid passed to <see cref="Open"/>, or 0 for an adopted descriptor.</summary>
    public int OpenedPid { get; }

    /// <summary>
    /// Whether the process has exited (the pidfd polls readable), whether or not it has been reaped.
    /// </summary>
    /// <exception cref="ObjectDisposedException">The pidfd is disposed.</exception>
    public bool HasExited
    {
        get
        {
            int readable = NativeCalls.PollReadable(SafeHandle, out int errno);
            return readable >= 0 ? readable == 1 : throw NsfsErrors.CreateException(errno, Context(NsfsOperation.PidFdPoll));
        }
    }

    /// <summary>Opens a pidfd for process <paramref name="pid"/> (<c>pidfd_open</c>, Linux 5.3+).</summary>
    /// <param name="pid">A pid in the caller's PID namespace.</param>
    /// <param name="options">pidfd_open flags.</param>
    /// <returns>The pidfd.</returns>
    /// <exception cref="PidNotVisibleException">No such process (ESRCH).</exception>
    /// <exception cref="ArgumentException">The pid is not a thread-group leader and <see cref="PidFdOptions.Thread"/> was not given (EINVAL).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pid"/> is not positive, or <paramref name="options"/> has unknown flags.</exception>
    /// <exception cref="PlatformNotSupportedException">The kernel predates pidfd_open (Linux 5.3).</exception>
    public static PidFd Open(int pid, PidFdOptions options = PidFdOptions.None)
    {
        int errno = TryOpenCore(pid, options, out var pidfd);
        return pidfd ?? throw NsfsErrors.CreateException(errno, OpenContext(pid));
    }

    /// <summary>Like <see cref="Open"/>, but returns <see langword="false"/> when there is no such process.</summary>
    /// <param name="pid">A pid in the caller's PID namespace.</param>
    /// <param name="pidfd">The pidfd, when the process exists.</param>
    /// <param name="options">pidfd_open flags.</param>
    /// <returns>Whether the process exists.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pid"/> is not positive, or <paramref name="options"/> has unknown flags.</exception>
    /// <exception cref="ArgumentException">The pid is not a thread-group leader and <see cref="PidFdOptions.Thread"/> was not given (EINVAL).</exception>
    /// <exception cref="PlatformNotSupportedException">The kernel predates pidfd_open (Linux 5.3).</exception>
    public static bool TryOpen(int pid, [NotNullWhen(true)] out PidFd? pidfd, PidFdOptions options = PidFdOptions.None)
    {
        int errno = TryOpenCore(pid, options, out pidfd);
        if (pidfd is not null)
        {
            return true;
        }

        return NsfsErrors.Classify(errno, NsfsOperation.PidFdOpen) == ErrorOutcome.NotVisible
            ? false
            : throw NsfsErrors.CreateException(errno, OpenContext(pid));
    }

    /// <summary>Wraps a pidfd obtained elsewhere (clone3, SO_PEERPIDFD, SCM_RIGHTS).</summary>
    /// <param name="fd">The descriptor (0 is valid).</param>
    /// <param name="ownsHandle">Whether disposing the result closes <paramref name="fd"/>.</param>
    /// <returns>The pidfd.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fd"/> is negative.</exception>
    public static PidFd FromFileDescriptor(int fd, bool ownsHandle)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(fd);
        return new PidFd(new SafePidFdHandle(fd, ownsHandle), 0);
    }

    /// <summary>Opens the process's namespace of type <paramref name="type"/> (PIDFD_GET_*_NAMESPACE, Linux 6.11+).</summary>
    /// <param name="type">The namespace type.</param>
    /// <returns>The typed namespace handle.</returns>
    /// <exception cref="PidNotVisibleException">The process has exited (ESRCH).</exception>
    /// <exception cref="UnauthorizedAccessException">The caller may not ptrace-read the process (EACCES).</exception>
    /// <exception cref="PlatformNotSupportedException">The kernel lacks the request or the namespace type.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is not a single namespace type.</exception>
    /// <exception cref="ObjectDisposedException">The pidfd is disposed.</exception>
    public NamespaceHandle GetNamespace(NamespaceType type) => GetNamespaceCore(type switch
    {
        NamespaceType.Cgroup => LinuxPidfd.PIDFD_GET_CGROUP_NAMESPACE,
        NamespaceType.Ipc => LinuxPidfd.PIDFD_GET_IPC_NAMESPACE,
        NamespaceType.Mount => LinuxPidfd.PIDFD_GET_MNT_NAMESPACE,
        NamespaceType.Net => LinuxPidfd.PIDFD_GET_NET_NAMESPACE,
        NamespaceType.Pid => LinuxPidfd.PIDFD_GET_PID_NAMESPACE,
        NamespaceType.Time => LinuxPidfd.PIDFD_GET_TIME_NAMESPACE,
        NamespaceType.User => LinuxPidfd.PIDFD_GET_USER_NAMESPACE,
        NamespaceType.Uts => LinuxPidfd.PIDFD_GET_UTS_NAMESPACE,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Not a single namespace type."),
    }, type);

    /// <summary>Opens the namespace the process's future children get (<c>pid_for_children</c>, <c>time_for_children</c>).</summary>
    /// <param name="type"><see cref="NamespaceType.Pid"/> or <see cref="NamespaceType.Time"/>.</param>
    /// <returns>The typed namespace handle.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is neither <see cref="NamespaceType.Pid"/> nor <see cref="NamespaceType.Time"/>.</exception>
    /// <exception cref="PidNotVisibleException">The process has exited (ESRCH).</exception>
    /// <exception cref="PlatformNotSupportedException">The kernel lacks the request (Linux 6.11+).</exception>
    /// <exception cref="ObjectDisposedException">The pidfd is disposed.</exception>
    public NamespaceHandle GetNamespaceForChildren(NamespaceType type) => GetNamespaceCore(type switch
    {
        NamespaceType.Pid => LinuxPidfd.PIDFD_GET_PID_FOR_CHILDREN_NAMESPACE,
        NamespaceType.Time => LinuxPidfd.PIDFD_GET_TIME_FOR_CHILDREN_NAMESPACE,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Only PID and time namespaces have a for-children variant."),
    }, type);

    /// <summary>The process's PID namespace (race-free: the pidfd pins the process).</summary>
    /// <returns>The handle.</returns>
    /// <exception cref="PidNotVisibleException">The process has exited (ESRCH).</exception>
    /// <exception cref="UnauthorizedAccessException">The caller may not ptrace-read the process (EACCES).</exception>
    /// <exception cref="PlatformNotSupportedException">The kernel lacks the request (Linux 6.11+).</exception>
    /// <exception cref="ObjectDisposedException">The pidfd is disposed.</exception>
    public PidNamespace GetPidNamespace() => GetNamespace(NamespaceType.Pid).As<PidNamespace>();

    /// <summary>The process's mount namespace.</summary>
    /// <returns>The handle.</returns>
    /// <exception cref="PidNotVisibleException">The process has exited (ESRCH).</exception>
    /// <exception cref="UnauthorizedAccessException">The caller may not ptrace-read the process (EACCES).</exception>
    /// <exception cref="PlatformNotSupportedException">The kernel lacks the request (Linux 6.11+).</exception>
    /// <exception cref="ObjectDisposedException">The pidfd is disposed.</exception>
    public MountNamespace GetMountNamespace() => GetNamespace(NamespaceType.Mount).As<MountNamespace>();

    /// <summary>The process's user namespace.</summary>
    /// <returns>The handle.</returns>
    /// <exception cref="PidNotVisibleException">The process has exited (ESRCH).</exception>
    /// <exception cref="UnauthorizedAccessException">The caller may not ptrace-read the process (EACCES).</exception>
    /// <exception cref="PlatformNotSupportedException">The kernel lacks the request (Linux 6.11+).</exception>
    /// <exception cref="ObjectDisposedException">The pidfd is disposed.</exception>
    public UserNamespace GetUserNamespace() => GetNamespace(NamespaceType.User).As<UserNamespace>();

    /// <summary>Reads PIDFD_GET_INFO (Linux 6.13+).</summary>
    /// <param name="fields">What to ask for; <see cref="PidFdInfoFields.Exit"/> only answers after the process is reaped.</param>
    /// <returns>The information; check <see cref="PidFdInfo.Mask"/>.</returns>
    /// <exception cref="PidNotVisibleException">The process was reaped and <see cref="PidFdInfoFields.Exit"/> was not asked for, or it is outside the caller's PID namespace hierarchy (ESRCH).</exception>
    /// <exception cref="PlatformNotSupportedException">The kernel predates PIDFD_GET_INFO (Linux 6.13).</exception>
    /// <exception cref="ObjectDisposedException">The pidfd is disposed.</exception>
    public PidFdInfo GetInfo(PidFdInfoFields fields = DefaultFields)
    {
        int errno = TryGetInfoCore(fields, out var info);
        return errno == 0 ? info : throw NsfsErrors.CreateException(errno, Context(NsfsOperation.PidFdGetInfo));
    }

    /// <summary>Like <see cref="GetInfo"/>, but returns <see langword="false"/> for ESRCH.</summary>
    /// <param name="fields">What to ask for.</param>
    /// <param name="info">The information.</param>
    /// <returns>Whether the kernel answered.</returns>
    /// <exception cref="PlatformNotSupportedException">The kernel predates PIDFD_GET_INFO (Linux 6.13).</exception>
    /// <exception cref="ObjectDisposedException">The pidfd is disposed.</exception>
    public bool TryGetInfo(PidFdInfoFields fields, out PidFdInfo info)
    {
        int errno = TryGetInfoCore(fields, out info);
        if (errno == 0)
        {
            return true;
        }

        return NsfsErrors.Classify(errno, NsfsOperation.PidFdGetInfo) == ErrorOutcome.NotVisible
            ? false
            : throw NsfsErrors.CreateException(errno, Context(NsfsOperation.PidFdGetInfo));
    }

    /// <summary>
    /// The process's current pid in the caller's PID namespace: from PIDFD_GET_INFO, or on kernels
    /// before 6.13 from the <c>Pid:</c> line of <c>/proc/self/fdinfo/&lt;fd&gt;</c>.
    /// </summary>
    /// <param name="pid">The pid.</param>
    /// <returns><see langword="false"/> when the process was reaped or is not visible in the caller's namespace.</returns>
    /// <exception cref="ObjectDisposedException">The pidfd is disposed.</exception>
    public bool TryGetPid(out int pid)
    {
        int errno = TryGetInfoCore(PidFdInfoFields.Pid, out var info);
        if (errno == 0)
        {
            pid = info.Pid;
            return pid > 0;
        }

        if (errno is not (Errno.ENOTTY or Errno.EINVAL))
        {
            pid = 0;
            return NsfsErrors.Classify(errno, NsfsOperation.PidFdGetInfo) == ErrorOutcome.NotVisible
                ? false
                : throw NsfsErrors.CreateException(errno, Context(NsfsOperation.PidFdGetInfo));
        }

        pid = ReadFdInfoPid();
        return pid > 0;
    }

    /// <summary>Sends <paramref name="signal"/> to the process (<c>pidfd_send_signal</c>); 0 only checks existence.</summary>
    /// <param name="signal">The signal number.</param>
    /// <exception cref="PidNotVisibleException">The process has exited.</exception>
    /// <exception cref="UnauthorizedAccessException">The caller may not signal it.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="signal"/> is negative.</exception>
    /// <exception cref="ObjectDisposedException">The pidfd is disposed.</exception>
    public void SendSignal(int signal)
    {
        if (!TrySendSignal(signal))
        {
            throw NsfsErrors.CreateException(Errno.ESRCH, Context(NsfsOperation.PidFdSendSignal));
        }
    }

    /// <summary>Like <see cref="SendSignal"/>, but returns <see langword="false"/> when the process has exited.</summary>
    /// <param name="signal">The signal number.</param>
    /// <returns>Whether the signal was sent.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="signal"/> is negative.</exception>
    /// <exception cref="UnauthorizedAccessException">The caller may not signal it.</exception>
    /// <exception cref="ObjectDisposedException">The pidfd is disposed.</exception>
    public bool TrySendSignal(int signal)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(signal);
        if (NativeCalls.PidFdSendSignal(SafeHandle, signal, out int errno) == 0)
        {
            return true;
        }

        return NsfsErrors.Classify(errno, NsfsOperation.PidFdSendSignal) == ErrorOutcome.NotVisible
            ? false
            : throw NsfsErrors.CreateException(errno, Context(NsfsOperation.PidFdSendSignal));
    }

    /// <summary>Closes the pidfd (deferred until calls in progress on other threads return).</summary>
    public void Dispose() => SafeHandle.Dispose();

    private static int TryOpenCore(int pid, PidFdOptions options, out PidFd? pidfd)
    {
        Validation.ThrowIfNotPositivePid(pid, nameof(pid));
        if ((options & ~(PidFdOptions.Thread | PidFdOptions.NonBlock)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options, "Unknown PidFdOptions flags.");
        }

        uint flags = (options.HasFlag(PidFdOptions.Thread) ? (uint)LinuxPidfd.PIDFD_THREAD : 0)
            | (options.HasFlag(PidFdOptions.NonBlock) ? (uint)LinuxPidfd.PIDFD_NONBLOCK : 0);
        int fd = NativeCalls.PidFdOpen(pid, flags, out int errno);
        pidfd = fd >= 0 ? new PidFd(new SafePidFdHandle(fd, ownsHandle: true), pid) : null;
        return errno;
    }

    private unsafe int TryGetInfoCore(PidFdInfoFields fields, out PidFdInfo info)
    {
        // The kernel copies min(our size, its size) and sets mask bits only for what it filled,
        // so passing the newest struct works on kernels that know an older, smaller one.
        var raw = new pidfd_info { mask = (ulong)fields };
        int result = NativeCalls.Ioctl(SafeHandle, LinuxPidfd.PIDFD_GET_INFO, (nint)(&raw), out int errno);
        info = new PidFdInfo(raw);
        return result >= 0 ? 0 : errno;
    }

    private NamespaceHandle GetNamespaceCore(nuint request, NamespaceType type)
    {
        int fd = NativeCalls.Ioctl(SafeHandle, request, 0, out int errno);
        if (fd < 0)
        {
            throw NsfsErrors.CreateException(errno, Context(NsfsOperation.PidFdGetNamespace) with { NamespaceType = type });
        }

        return NamespaceHandle.Adopt(new SafeNamespaceHandle(fd, ownsHandle: true), null);
    }

    private int ReadFdInfoPid()
    {
        bool added = false;
        SafeHandle.DangerousAddRef(ref added);
        try
        {
            string path = string.Create(CultureInfo.InvariantCulture, $"/proc/self/fdinfo/{SafeHandle.FileDescriptor}");
            foreach (string line in File.ReadLines(path))
            {
                // "Pid:" is the pid in the procfs instance's namespace: 0 when not visible there, -1 once reaped.
                if (line.StartsWith("Pid:", StringComparison.Ordinal))
                {
                    return int.Parse(line.AsSpan(4).Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
                }
            }

            throw new NotANamespaceException(path, 0, $"{path} has no Pid: line: the descriptor is not a pidfd.");
        }
        finally
        {
            if (added)
            {
                SafeHandle.DangerousRelease();
            }
        }
    }

    private static ErrorContext OpenContext(int pid) =>
        new(NsfsOperation.PidFdOpen) { Pid = pid, ParameterName = nameof(pid), ObjectName = nameof(PidFd) };

    private ErrorContext Context(NsfsOperation operation) =>
        new(operation) { Pid = OpenedPid, ObjectName = nameof(PidFd) };
}
