namespace Nsfs;

/// <summary>The <c>PIDFD_INFO_*</c> mask bits: what to ask PIDFD_GET_INFO for, and what it filled in.</summary>
[Flags]
#pragma warning disable CA1711 // "Fields" names the struct fields the bits select, like the kernel's mask.
public enum PidFdInfoFields : ulong
#pragma warning restore CA1711
{
    /// <summary>Nothing.</summary>
    None = 0,

    /// <summary>pid, tgid, ppid (always returned).</summary>
    Pid = LinuxPidfd.PIDFD_INFO_PID,

    /// <summary>The credentials (always returned while the process is not reaped).</summary>
    Credentials = LinuxPidfd.PIDFD_INFO_CREDS,

    /// <summary>The cgroup id (returned when available).</summary>
    CgroupId = LinuxPidfd.PIDFD_INFO_CGROUPID,

    /// <summary>The exit status (only when requested, only once the process is reaped; Linux 6.15+).</summary>
    Exit = LinuxPidfd.PIDFD_INFO_EXIT,

    /// <summary>The coredump state (only when requested).</summary>
    Coredump = LinuxPidfd.PIDFD_INFO_COREDUMP,

    /// <summary>The mask bits this kernel supports, in <see cref="PidFdInfo.SupportedMask"/> (only when requested, by kernels after 6.18; older ones ignore the request and leave the bit clear).</summary>
    SupportedMask = LinuxPidfd.PIDFD_INFO_SUPPORTED_MASK,

    /// <summary>The signal that caused the coredump (returned with <see cref="Coredump"/> on kernels that know it).</summary>
    CoredumpSignal = LinuxPidfd.PIDFD_INFO_COREDUMP_SIGNAL,

    /// <summary>The coredump's exit code (returned with <see cref="Coredump"/> on kernels that know it).</summary>
    CoredumpCode = LinuxPidfd.PIDFD_INFO_COREDUMP_CODE,
}
