namespace Nsfs.Errors;

/// <summary>
/// The one place that decides what an errno means. Callers ask
/// <see cref="Classify"/> first (cheap, no allocation) and only build an exception when the
/// outcome is <see cref="ErrorOutcome.Throw"/>.
/// </summary>
internal static class NsfsErrors
{
    /// <summary>Classifies <paramref name="errno"/> returned by <paramref name="operation"/>.</summary>
    /// <remarks>
    /// ENOTTY from a PID translation counts as "not visible": the runtime only issues those requests
    /// on handles already proven to be nsfs PID namespaces, after the kernel-support probe succeeded,
    /// so ENOTTY can only be the kernel bug (Linux 6.12 to 7.0) that returns it instead of ESRCH.
    /// EINTR never arrives here: <see cref="NativeCalls"/> reissues interrupted calls.
    /// </remarks>
    public static ErrorOutcome Classify(int errno, NsfsOperation operation) => (errno, operation) switch
    {
        (Errno.ESRCH, NsfsOperation.TranslatePid) => ErrorOutcome.NotVisible,
        (Errno.ENOTTY, NsfsOperation.TranslatePid) => ErrorOutcome.NotVisible,
        (Errno.ENOENT, NsfsOperation.OpenProcess) => ErrorOutcome.NotVisible,
        (Errno.ESRCH, NsfsOperation.OpenProcess) => ErrorOutcome.NotVisible,
        (Errno.ESRCH, NsfsOperation.PidFdOpen) => ErrorOutcome.NotVisible,
        // pidfd_open of a thread id without PIDFD_THREAD: ENOENT on Linux 6.18 (the man page says EINVAL).
        (Errno.ENOENT, NsfsOperation.PidFdOpen) => ErrorOutcome.NotVisible,
        (Errno.ESRCH, NsfsOperation.PidFdGetInfo) => ErrorOutcome.NotVisible,
        (Errno.ESRCH, NsfsOperation.PidFdGetNamespace) => ErrorOutcome.NotVisible,
        (Errno.ESRCH, NsfsOperation.PidFdSendSignal) => ErrorOutcome.NotVisible,
        (Errno.ENOENT, NsfsOperation.MountGetNext) => ErrorOutcome.EndOfList,
        (Errno.ENOENT, NsfsOperation.MountGetPrevious) => ErrorOutcome.EndOfList,
        _ => ErrorOutcome.Throw,
    };

    /// <summary>Builds the exception for <paramref name="errno"/> in <paramref name="context"/>.</summary>
    public static Exception CreateException(int errno, in ErrorContext context)
    {
        var op = context.Operation;
        return errno switch
        {
            Errno.EBADF => new ObjectDisposedException(context.ObjectName ?? "namespace handle",
                $"{op}: the file descriptor is closed (EBADF)."),
            Errno.EPERM or Errno.EACCES => new UnauthorizedAccessException(AccessMessage(errno, context)),
            Errno.ESRCH or Errno.ENOENT when IsProcessLookup(op) => new PidNotVisibleException(
                context.Pid, context.NamespaceType, context.NamespaceInode, errno, NotVisibleMessage(context)),
            Errno.ENOTTY when op == NsfsOperation.TranslatePid => new PidNotVisibleException(
                context.Pid, context.NamespaceType, context.NamespaceInode, errno, NotVisibleMessage(context)),
            Errno.ENOENT => new FileNotFoundException($"{op}: {context.Path ?? "namespace"} does not exist (ENOENT).", context.Path),
            Errno.EINVAL when context.ExpectedType is { } expected => new NamespaceTypeMismatchException(
                expected, context.NamespaceType, context.NamespaceInode, context.Path),
            Errno.EINVAL when op == NsfsOperation.GetParent => new InvalidOperationException(
                $"{context.DescribeNamespace()} has no parent: only PID and user namespaces are hierarchical (EINVAL)."),
            Errno.EINVAL when op == NsfsOperation.PidFdOpen => new ArgumentException(
                $"pidfd_open({context.Pid}) rejected the pid (EINVAL): without PidFdOptions.Thread the pid must be a thread-group leader.",
                context.ParameterName),
            Errno.ENOTTY when op is NsfsOperation.GetNamespaceType or NsfsOperation.OpenPath => new NotANamespaceException(
                context.Path, errno, $"{context.Path ?? "The file descriptor"} is not an nsfs namespace file (ENOTTY)."),
            _ when errno == Errno.ENOTTY || errno == Errno.ENOSYS => new PlatformNotSupportedException(
                $"{op} is not supported by this kernel ({Errno.Name(errno)}): {RequiredKernel(op)}."),
            _ when errno == Errno.EOPNOTSUPP => new PlatformNotSupportedException(
                $"{op}: the kernel was built without this namespace type (EOPNOTSUPP)."),
            Errno.EFAULT => new InvalidOperationException(
                $"{op}: the kernel rejected an argument buffer (EFAULT); this is a bug in Nsfs."),
            Errno.EMFILE or Errno.ENFILE => new NsfsException(errno,
                $"{op}: too many open files ({Errno.Name(errno)}); dispose namespace handles you no longer use."),
            _ => new NsfsException(errno,
                $"{op} on {context.Path ?? context.DescribeNamespace()} failed: {Errno.Name(errno)} ({Marshal.GetPInvokeErrorMessage(errno)})."),
        };
    }

    private static bool IsProcessLookup(NsfsOperation op) => op is NsfsOperation.TranslatePid or NsfsOperation.OpenProcess
        or NsfsOperation.PidFdOpen or NsfsOperation.PidFdGetInfo or NsfsOperation.PidFdGetNamespace
        or NsfsOperation.PidFdSendSignal;

    private static string NotVisibleMessage(in ErrorContext context) => context.Operation switch
    {
        NsfsOperation.TranslatePid => $"pid {context.Pid} is not visible across {context.DescribeNamespace()}.",
        NsfsOperation.OpenProcess => $"No process {context.Pid} in the caller's pid namespace, or it is exiting ({context.Path}).",
        NsfsOperation.PidFdOpen => $"No process {context.Pid} in the caller's pid namespace (a thread id needs PidFdOptions.Thread).",
        _ => $"Process {context.Pid} has exited or is outside the caller's pid namespace hierarchy ({context.Operation}).",
    };

    private static string AccessMessage(int errno, in ErrorContext context)
    {
        string what = context.Path ?? context.DescribeNamespace();
        return context.Operation switch
        {
            NsfsOperation.GetParent or NsfsOperation.GetUserNamespace =>
                $"{context.Operation} on {what}: the result is outside the caller's namespace scope ({Errno.Name(errno)}).",
            NsfsOperation.MountGetNext or NsfsOperation.MountGetPrevious =>
                $"{context.Operation} on {what}: iterating mount namespaces needs CAP_SYS_ADMIN in the initial PID namespace ({Errno.Name(errno)}).",
            _ => $"{context.Operation} on {what}: permission denied ({Errno.Name(errno)}); opening another process's namespaces needs ptrace read access.",
        };
    }

    private static string RequiredKernel(NsfsOperation op) => op switch
    {
        NsfsOperation.TranslatePid or NsfsOperation.GetMountNamespaceId => "needs Linux 6.11 or later",
        NsfsOperation.MountGetInfo or NsfsOperation.MountGetNext or NsfsOperation.MountGetPrevious => "needs Linux 6.12 or later",
        NsfsOperation.GetId => "NS_GET_ID needs Linux 6.18 or later",
        NsfsOperation.PidFdGetInfo => "PIDFD_GET_INFO needs Linux 6.13 or later",
        NsfsOperation.PidFdGetNamespace => "PIDFD_GET_*_NAMESPACE needs Linux 6.11 or later",
        NsfsOperation.PidFdOpen or NsfsOperation.PidFdSendSignal => "pidfds need Linux 5.3 or later",
        NsfsOperation.GetNamespaceType or NsfsOperation.GetOwnerUid => "needs Linux 4.11 or later",
        _ => "needs Linux 4.9 or later",
    };
}
