namespace Nsfs;

/// <summary>Flags for <c>pidfd_open</c>.</summary>
/// <remarks>
/// The kernel's values (<c>PIDFD_THREAD</c> is <c>O_EXCL</c>, <c>PIDFD_NONBLOCK</c> is <c>O_NONBLOCK</c>)
/// differ between architectures, so these are the library's own bits, turned into the generated
/// per-architecture values when the call is made.
/// </remarks>
[Flags]
public enum PidFdOptions
{
    /// <summary>A pidfd for a thread-group leader.</summary>
    None = 0,

    /// <summary>PIDFD_THREAD (Linux 6.9+): the pid may be any thread, and the pidfd refers to that thread.</summary>
    Thread = 1,

    /// <summary>PIDFD_NONBLOCK (Linux 5.10+).</summary>
    NonBlock = 2,
}
