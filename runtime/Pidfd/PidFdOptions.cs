namespace Nsfs;

/// <summary>Flags for <c>pidfd_open</c>.</summary>
[Flags]
public enum PidFdOptions
{
    /// <summary>A pidfd for a thread-group leader.</summary>
    None = 0,

    /// <summary>PIDFD_THREAD (O_EXCL, Linux 6.9+): the pid may be any thread, and the pidfd refers to that thread.</summary>
    Thread = 0x80,

    /// <summary>PIDFD_NONBLOCK (O_NONBLOCK, Linux 5.10+).</summary>
    NonBlock = 0x800,
}
