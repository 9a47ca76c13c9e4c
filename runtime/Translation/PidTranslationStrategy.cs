namespace Nsfs;

/// <summary>How a <see cref="PidNamespace"/> translates pids.</summary>
public enum PidTranslationStrategy
{
    /// <summary>The ioctls when the kernel has them (probed once), else the procfs fallback.</summary>
    Auto = 0,

    /// <summary>
    /// NS_GET_{PID,TGID}_{FROM,IN}_PIDNS (Linux 6.11+): one ioctl per translation, no allocation.
    /// </summary>
    Ioctl,

    /// <summary>
    /// The fallback for older kernels: <c>/proc/&lt;pid&gt;/status</c> NSpid/NStgid, with NS_GET_PARENT
    /// to place the namespace in the hierarchy. Translating into the namespace reads one status
    /// file; translating out of it scans every process in <c>/proc</c> (and the threads of processes
    /// deep enough to be inside the namespace). Needs a procfs mounted for the caller's PID namespace,
    /// only sees namespaces at or below the caller's, allocates, and is open to pid reuse between
    /// reads — pin with <see cref="PidRef"/> when acting on the result.
    /// </summary>
    ProcStatus,
}
