using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Nsfs.Translation;

namespace Nsfs;

/// <summary>
/// A PID namespace, with pid translation between it and the caller's PID namespace.
/// </summary>
/// <remarks>
/// "From" methods take a pid as numbered inside this namespace and answer the caller's number;
/// "In" methods take a caller's pid and answer this namespace's number. A pid is visible only in
/// the namespace of its process and that namespace's ancestors, so a translation fails (ESRCH)
/// when the process is outside this namespace's subtree or outside the caller's. With the ioctl
/// strategy a successful or not-visible translation with an open handle costs one ioctl and
/// allocates nothing.
/// </remarks>
public sealed class PidNamespace : NamespaceHandle<PidNamespace>, ITypedNamespace
{
    private const int DepthUnknown = int.MinValue;

    private PidTranslationStrategy _strategy;
    private int _depth = DepthUnknown;

    internal PidNamespace(SafeNamespaceHandle handle, NamespaceIdentity? identity, string? path)
        : base(handle, identity, path)
    {
        _strategy = KernelSupport.DefaultPidTranslationStrategy;
    }

    /// <inheritdoc />
    static NamespaceType ITypedNamespace.NamespaceType => NamespaceType.Pid;

    /// <summary>
    /// The translation strategy this handle uses. Defaults to what the kernel supports; setting
    /// <see cref="PidTranslationStrategy.ProcStatus"/> forces the procfs fallback.
    /// </summary>
    /// <exception cref="PlatformNotSupportedException">The strategy cannot work on this system.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined strategy.</exception>
    public PidTranslationStrategy Strategy
    {
        get => _strategy;
        set => _strategy = KernelSupport.Resolve(value);
    }

    /// <summary>
    /// The LXCFS question in one call: the pid (in the caller's namespace) of the init process of
    /// the PID namespace that process <paramref name="pid"/> is in.
    /// </summary>
    /// <param name="pid">A pid in the caller's namespace.</param>
    /// <returns>The host-side pid of that namespace's pid 1 (1 when the process shares the caller's namespace).</returns>
    /// <exception cref="PidNotVisibleException">The process does not exist, or its namespace's init is gone or not visible.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pid"/> is not positive.</exception>
    /// <exception cref="UnauthorizedAccessException">The caller may not ptrace-read the process (EACCES).</exception>
    public static int GetInitPidOfProcess(int pid)
    {
        using var ns = Open(pid);
        return ns.GetInitPid();
    }

    /// <summary>Like <see cref="GetInitPidOfProcess"/>, but returns <see langword="false"/> when the process or the init is not there.</summary>
    /// <param name="pid">A pid in the caller's namespace.</param>
    /// <param name="initPid">The init's pid in the caller's namespace, or 0.</param>
    /// <returns>Whether both were found.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pid"/> is not positive.</exception>
    /// <exception cref="UnauthorizedAccessException">The caller may not ptrace-read the process (EACCES).</exception>
    public static bool TryGetInitPidOfProcess(int pid, out int initPid)
    {
        Validation.ThrowIfNotPositivePid(pid, nameof(pid));
        PidNamespace ns;
        try
        {
            ns = Open(pid);
        }
        catch (PidNotVisibleException)
        {
            initPid = 0;
            return false;
        }

        using (ns)
        {
            return ns.TryGetInitPid(out initPid);
        }
    }

    /// <summary>The pid, in the caller's namespace, of this namespace's init process (pid 1 inside).</summary>
    /// <returns>The pid.</returns>
    /// <exception cref="PidNotVisibleException">The init has exited, or this namespace is not below the caller's.</exception>
    /// <exception cref="ObjectDisposedException">The handle is disposed.</exception>
    public int GetInitPid() => GetPidFromNamespace(1);

    /// <summary>Like <see cref="GetInitPid"/>, returning <see langword="false"/> instead of throwing.</summary>
    /// <param name="initPid">The pid, or 0.</param>
    /// <returns>Whether the init is visible.</returns>
    /// <exception cref="ObjectDisposedException">The handle is disposed.</exception>
    public bool TryGetInitPid(out int initPid) => TryGetPidFromNamespace(1, out initPid);

    /// <summary>Translates a pid (or tid) numbered in this namespace into the caller's namespace (NS_GET_PID_FROM_PIDNS).</summary>
    /// <param name="pid">A pid as seen inside this namespace.</param>
    /// <param name="callerPid">The same task's pid as the caller sees it.</param>
    /// <returns><see langword="false"/> when no such task exists here or the caller cannot see it (ESRCH).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pid"/> is not positive.</exception>
    /// <exception cref="ObjectDisposedException">The handle is disposed.</exception>
    public bool TryGetPidFromNamespace(int pid, out int callerPid) => Translate(PidQuery.PidFromNamespace, pid, nameof(pid), out callerPid) == 0;

    /// <summary>Translates a pid (or tid) numbered in this namespace into the caller's thread-group id (NS_GET_TGID_FROM_PIDNS).</summary>
    /// <param name="pid">A pid or tid as seen inside this namespace.</param>
    /// <param name="callerTgid">Its thread-group leader's pid as the caller sees it.</param>
    /// <returns><see langword="false"/> when not found or not visible.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pid"/> is not positive.</exception>
    /// <exception cref="ObjectDisposedException">The handle is disposed.</exception>
    public bool TryGetTgidFromNamespace(int pid, out int callerTgid) => Translate(PidQuery.TgidFromNamespace, pid, nameof(pid), out callerTgid) == 0;

    /// <summary>Translates a caller's pid (or tid) into this namespace's numbering (NS_GET_PID_IN_PIDNS).</summary>
    /// <param name="callerPid">A pid as the caller sees it.</param>
    /// <param name="pid">The same task's pid inside this namespace.</param>
    /// <returns><see langword="false"/> when not found or not visible in this namespace (the task is outside its subtree).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="callerPid"/> is not positive.</exception>
    /// <exception cref="ObjectDisposedException">The handle is disposed.</exception>
    public bool TryGetPidInNamespace(int callerPid, out int pid) => Translate(PidQuery.PidInNamespace, callerPid, nameof(callerPid), out pid) == 0;

    /// <summary>Translates a caller's pid (or tid) into its thread-group leader's pid in this namespace (NS_GET_TGID_IN_PIDNS).</summary>
    /// <param name="callerPid">A pid or tid as the caller sees it.</param>
    /// <param name="tgid">The thread-group id inside this namespace.</param>
    /// <returns><see langword="false"/> when not found or not visible.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="callerPid"/> is not positive.</exception>
    /// <exception cref="ObjectDisposedException">The handle is disposed.</exception>
    public bool TryGetTgidInNamespace(int callerPid, out int tgid) => Translate(PidQuery.TgidInNamespace, callerPid, nameof(callerPid), out tgid) == 0;

    /// <summary>Throwing form of <see cref="TryGetPidFromNamespace"/>.</summary>
    /// <param name="pid">A pid as seen inside this namespace.</param>
    /// <returns>The caller's pid for it.</returns>
    /// <exception cref="PidNotVisibleException">Not found or not visible; carries the pid and this namespace.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pid"/> is not positive.</exception>
    /// <exception cref="ObjectDisposedException">The handle is disposed.</exception>
    public int GetPidFromNamespace(int pid) => OrThrow(PidQuery.PidFromNamespace, pid, nameof(pid));

    /// <summary>Throwing form of <see cref="TryGetTgidFromNamespace"/>.</summary>
    /// <param name="pid">A pid or tid as seen inside this namespace.</param>
    /// <returns>The caller's thread-group id for it.</returns>
    /// <exception cref="PidNotVisibleException">Not found or not visible.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pid"/> is not positive.</exception>
    /// <exception cref="ObjectDisposedException">The handle is disposed.</exception>
    public int GetTgidFromNamespace(int pid) => OrThrow(PidQuery.TgidFromNamespace, pid, nameof(pid));

    /// <summary>Throwing form of <see cref="TryGetPidInNamespace"/>.</summary>
    /// <param name="callerPid">A pid as the caller sees it.</param>
    /// <returns>Its pid in this namespace.</returns>
    /// <exception cref="PidNotVisibleException">Not found or not visible.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="callerPid"/> is not positive.</exception>
    /// <exception cref="ObjectDisposedException">The handle is disposed.</exception>
    public int GetPidInNamespace(int callerPid) => OrThrow(PidQuery.PidInNamespace, callerPid, nameof(callerPid));

    /// <summary>Throwing form of <see cref="TryGetTgidInNamespace"/>.</summary>
    /// <param name="callerPid">A pid or tid as the caller sees it.</param>
    /// <returns>Its thread-group id in this namespace.</returns>
    /// <exception cref="PidNotVisibleException">Not found or not visible.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="callerPid"/> is not positive.</exception>
    /// <exception cref="ObjectDisposedException">The handle is disposed.</exception>
    public int GetTgidInNamespace(int callerPid) => OrThrow(PidQuery.TgidInNamespace, callerPid, nameof(callerPid));

    /// <summary>
    /// Translate, then pin: finds the process numbered <paramref name="pid"/> in this namespace and
    /// returns it pinned by a pidfd, verified after pinning so that a pid recycled between the
    /// translation and the pin is never returned. Act on the result through <see cref="PidRef"/>.
    /// </summary>
    /// <param name="pid">A thread-group leader's pid as seen inside this namespace.</param>
    /// <param name="pinned">The pinned process, owned by the caller.</param>
    /// <returns><see langword="false"/> when no such process exists (or it exited while being pinned).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pid"/> is not positive.</exception>
    /// <exception cref="ObjectDisposedException">The handle is disposed.</exception>
    public bool TryPinFromNamespace(int pid, [NotNullWhen(true)] out PidRef? pinned) => PidRef.TryPinThroughNamespace(this, pid, out pinned);

    /// <summary>Throwing form of <see cref="TryPinFromNamespace"/>.</summary>
    /// <param name="pid">A thread-group leader's pid as seen inside this namespace.</param>
    /// <returns>The pinned process.</returns>
    /// <exception cref="PidNotVisibleException">No such process.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pid"/> is not positive.</exception>
    /// <exception cref="ObjectDisposedException">The handle is disposed.</exception>
    public PidRef PinFromNamespace(int pid) =>
        TryPinFromNamespace(pid, out var pinned) ? pinned : throw NotVisible(PidQuery.PidFromNamespace, pid, Errno.ESRCH);

    /// <summary>Opens the parent PID namespace (NS_GET_PARENT).</summary>
    /// <returns>The parent.</returns>
    /// <exception cref="UnauthorizedAccessException">The parent is above the caller's own PID namespace, or this is the initial one (EPERM).</exception>
    /// <exception cref="ObjectDisposedException">The handle is disposed.</exception>
    public PidNamespace GetParent() => InheritStrategy(
        TryGetRelative(LinuxNsfs.NS_GET_PARENT, NsfsOperation.GetParent, throwOnEperm: true)!.As<PidNamespace>());

    /// <summary>Like <see cref="GetParent"/>, but returns <see langword="false"/> when the parent is outside the caller's scope.</summary>
    /// <param name="parent">The parent, when visible.</param>
    /// <returns>Whether the parent is visible.</returns>
    /// <exception cref="ObjectDisposedException">The handle is disposed.</exception>
    public bool TryGetParent([NotNullWhen(true)] out PidNamespace? parent)
    {
        var relative = TryGetRelative(LinuxNsfs.NS_GET_PARENT, NsfsOperation.GetParent, throwOnEperm: false);
        parent = relative is null ? null : InheritStrategy(relative.As<PidNamespace>());
        return parent is not null;
    }

    /// <summary>
    /// How many levels below the caller's own PID namespace this one is (0 for the caller's own),
    /// or -1 when it is not at or below it. Computed once with NS_GET_PARENT.
    /// </summary>
    internal int DepthBelowCaller
    {
        get
        {
            int depth = Volatile.Read(ref _depth);
            if (depth == DepthUnknown)
            {
                depth = ProcStatusTranslator.ComputeDepth(this);
                Volatile.Write(ref _depth, depth);
            }

            return depth;
        }
    }

    /// <summary>Returns 0 with the result, or the errno (ESRCH, ENOTTY) that means "not visible"; throws for anything else.</summary>
    /// <param name="query">The translation.</param>
    /// <param name="pid">The pid to translate.</param>
    /// <param name="paramName">The public method's name for <paramref name="pid"/>, for the exception when it is not positive.</param>
    /// <param name="result">The translated pid.</param>
    internal int Translate(PidQuery query, int pid, string paramName, out int result)
    {
        Validation.ThrowIfNotPositivePid(pid, paramName);
        if (_strategy == PidTranslationStrategy.ProcStatus)
        {
            return ProcStatusTranslator.Translate(this, query, pid, out result);
        }

        nuint request = query switch
        {
            PidQuery.PidFromNamespace => LinuxNsfs.NS_GET_PID_FROM_PIDNS,
            PidQuery.TgidFromNamespace => LinuxNsfs.NS_GET_TGID_FROM_PIDNS,
            PidQuery.PidInNamespace => LinuxNsfs.NS_GET_PID_IN_PIDNS,
            _ => LinuxNsfs.NS_GET_TGID_IN_PIDNS,
        };
        // The pid goes by value in the pointer-sized argument; the answer is the return value.
        int answer = NativeCalls.Ioctl(SafeHandle, request, pid, out int errno);
        if (answer > 0)
        {
            result = answer;
            return 0;
        }

        // The kernel turns a 0 translation into ESRCH, so 0 cannot arrive; treat it as not visible.
        if (answer == 0)
        {
            errno = Errno.ESRCH;
        }

        result = 0;
        return NsfsErrors.Classify(errno, NsfsOperation.TranslatePid) == ErrorOutcome.NotVisible ? errno : throw TranslationFailure(errno, pid);
    }

    /// <summary>The exception for a not-visible result of <paramref name="query"/>.</summary>
    internal PidNotVisibleException NotVisible(PidQuery query, int pid, int errno)
    {
        ulong inode = InodeIfKnown();
        string self = NamespaceTypeNames.Describe(NamespaceType, inode == 0 ? null : inode);
        string direction = query is PidQuery.PidFromNamespace or PidQuery.TgidFromNamespace
            ? $"from {self} into the caller's PID namespace"
            : $"from the caller's PID namespace into {self}";
        return new PidNotVisibleException(pid, NamespaceType, inode, errno,
            $"pid {pid} cannot be translated {direction}: no such task there, or it is not visible on the other side ({Errno.Name(errno)}).");
    }

    private int OrThrow(PidQuery query, int pid, string paramName)
    {
        int errno = Translate(query, pid, paramName, out int result);
        return errno == 0 ? result : throw NotVisible(query, pid, errno);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private Exception TranslationFailure(int errno, int pid) =>
        NsfsErrors.CreateException(errno, Context(NsfsOperation.TranslatePid, pid, NamespaceType.Pid));

    private PidNamespace InheritStrategy(PidNamespace other)
    {
        other._strategy = _strategy;
        return other;
    }
}
