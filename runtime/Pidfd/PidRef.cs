using System.Diagnostics.CodeAnalysis;

namespace Nsfs;

/// <summary>
/// A pid together with a pidfd pinning the process it named when pinned (systemd's PidRef).
/// Read facts through the pid (procfs, translations), then call <see cref="IsCurrent"/> or
/// <see cref="Verify"/>: if the pid still belongs to the pinned process, what was read was about
/// that process. Act (signal, open namespaces) through the pidfd, never through the pid, so a
/// recycled pid is never acted on.
/// </summary>
public sealed class PidRef : IDisposable
{
    // Attempts for translate-pin-verify before concluding the process is gone: a failed
    // verification means a pid was recycled in between, which is rare; three tries bound the loop.
    private const int PinAttempts = 3;

    // The pidfd pinning the process. Owned here and never handed out: acting through it is what
    // makes a PidRef safe, so its members are the only way to reach it.
    private readonly PidFd _pidfd;

    private PidRef(int pid, PidFd pidfd)
    {
        Pid = pid;
        _pidfd = pidfd;
    }

    /// <summary>The pid in the caller's PID namespace.</summary>
    public int Pid { get; }

    /// <summary>Whether the pinned process has exited (whether or not it has been reaped).</summary>
    /// <exception cref="ObjectDisposedException">This reference is disposed.</exception>
    public bool HasExited => _pidfd.HasExited;

    /// <summary>Pins process <paramref name="pid"/> with a pidfd.</summary>
    /// <param name="pid">A thread-group leader's pid in the caller's namespace.</param>
    /// <returns>The pinned reference.</returns>
    /// <exception cref="PidNotVisibleException">No such process.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pid"/> is not positive.</exception>
    /// <exception cref="PlatformNotSupportedException">The kernel predates pidfd_open (Linux 5.3).</exception>
    public static PidRef Pin(int pid) => new(pid, PidFd.Open(pid));

    /// <summary>Like <see cref="Pin"/>, but returns <see langword="false"/> when there is no such process.</summary>
    /// <param name="pid">A thread-group leader's pid in the caller's namespace.</param>
    /// <param name="pinned">The pinned reference.</param>
    /// <returns>Whether the process exists.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pid"/> is not positive.</exception>
    /// <exception cref="PlatformNotSupportedException">The kernel predates pidfd_open (Linux 5.3).</exception>
    public static bool TryPin(int pid, [NotNullWhen(true)] out PidRef? pinned)
    {
        pinned = PidFd.TryOpen(pid, out var pidfd) ? new PidRef(pid, pidfd) : null;
        return pinned is not null;
    }

    /// <summary>Whether <see cref="Pid"/> still refers to the pinned process (it is not reaped, so its pid cannot have been reused).</summary>
    /// <returns><see langword="true"/> while the pinned process still holds the pid.</returns>
    /// <exception cref="ObjectDisposedException">This reference is disposed.</exception>
    public bool IsCurrent() => _pidfd.TryGetPid(out int now) && now == Pid;

    /// <summary>Throws when <see cref="Pid"/> no longer refers to the pinned process.</summary>
    /// <exception cref="PidNotVisibleException">The process was reaped; its pid may now name another process.</exception>
    /// <exception cref="ObjectDisposedException">This reference is disposed.</exception>
    public void Verify()
    {
        if (!IsCurrent())
        {
            throw new PidNotVisibleException(Pid, null, 0, Errno.ESRCH, string.Create(CultureInfo.InvariantCulture,
                $"Process {Pid} has been reaped since it was pinned; the pid may now belong to another process."));
        }
    }

    /// <summary>Sends a signal through the pidfd (never to a recycled pid).</summary>
    /// <param name="signal">The signal number.</param>
    /// <returns><see langword="false"/> when the pinned process has exited.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="signal"/> is negative.</exception>
    /// <exception cref="UnauthorizedAccessException">The caller may not signal it.</exception>
    /// <exception cref="ObjectDisposedException">This reference is disposed.</exception>
    public bool TrySendSignal(int signal) => _pidfd.TrySendSignal(signal);

    /// <summary>
    /// Opens the pinned process's namespace: through the pidfd (PIDFD_GET_*_NAMESPACE), or on
    /// kernels before 6.11 through <c>/proc/&lt;pid&gt;/ns</c> followed by <see cref="Verify"/>.
    /// </summary>
    /// <param name="type">The namespace type.</param>
    /// <returns>The typed handle, belonging to the pinned process.</returns>
    /// <exception cref="PidNotVisibleException">The process has exited.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is not a single namespace type.</exception>
    /// <exception cref="UnauthorizedAccessException">The caller may not ptrace-read the process (EACCES).</exception>
    /// <exception cref="ObjectDisposedException">This reference is disposed.</exception>
    public NamespaceHandle OpenNamespace(NamespaceType type)
    {
        try
        {
            return _pidfd.GetNamespace(type);
        }
        catch (PlatformNotSupportedException) when (!KernelSupport.HasPidTranslationIoctls)
        {
            // PIDFD_GET_*_NAMESPACE arrived with the translation ioctls in 6.11; older kernels get
            // the procfs path, verified afterwards as systemd's pidref_namespace_open does.
            var handle = NamespaceHandle.Open(Pid, type);
            if (!IsCurrent())
            {
                handle.Dispose();
                Verify();
            }

            return handle;
        }
    }

    /// <summary>Closes the pidfd.</summary>
    public void Dispose() => _pidfd.Dispose();

    /// <summary>Translate, pin, verify (see <see cref="PidNamespace.TryPinFromNamespace"/>).</summary>
    internal static bool TryPinThroughNamespace(PidNamespace ns, int nsPid, [NotNullWhen(true)] out PidRef? pinned)
    {
        for (int attempt = 0; attempt < PinAttempts; attempt++)
        {
            if (!ns.TryGetPidFromNamespace(nsPid, out int callerPid))
            {
                break;
            }

            if (!TryPin(callerPid, out var candidate))
            {
                continue; // Exited between the translation and the pin; look again.
            }

            // The pidfd pins whatever process held callerPid at pidfd_open. It is the one we want
            // if, now, callerPid still translates to nsPid and the pinned process still holds
            // callerPid: a pid cannot be reused while its process is unreaped.
            if (ns.TryGetPidInNamespace(callerPid, out int back) && back == nsPid && candidate.IsCurrent())
            {
                pinned = candidate;
                return true;
            }

            candidate.Dispose();
        }

        pinned = null;
        return false;
    }
}
