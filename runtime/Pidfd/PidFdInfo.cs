namespace Nsfs;

/// <summary>
/// What PIDFD_GET_INFO reported. Check <see cref="Mask"/> before trusting a field: a kernel that
/// knows a smaller <c>struct pidfd_info</c> leaves the rest zero and does not set their bits.
/// </summary>
public readonly struct PidFdInfo : IEquatable<PidFdInfo>
{
    private readonly pidfd_info _raw;

    internal PidFdInfo(in pidfd_info raw) => _raw = raw;

    /// <summary>The fields the kernel filled in.</summary>
    public PidFdInfoFields Mask => (PidFdInfoFields)_raw.mask;

    /// <summary>The pid in the caller's PID namespace.</summary>
    public int Pid => (int)_raw.pid;

    /// <summary>The thread-group id in the caller's PID namespace.</summary>
    public int Tgid => (int)_raw.tgid;

    /// <summary>The parent's pid in the caller's namespace, 0 when the parent is not visible.</summary>
    public int ParentPid => (int)_raw.ppid;

    /// <summary>Real uid, mapped into the caller's user namespace.</summary>
    public uint RealUid => _raw.ruid;

    /// <summary>Real gid.</summary>
    public uint RealGid => _raw.rgid;

    /// <summary>Effective uid.</summary>
    public uint EffectiveUid => _raw.euid;

    /// <summary>Effective gid.</summary>
    public uint EffectiveGid => _raw.egid;

    /// <summary>Saved uid.</summary>
    public uint SavedUid => _raw.suid;

    /// <summary>Saved gid.</summary>
    public uint SavedGid => _raw.sgid;

    /// <summary>File-system uid.</summary>
    public uint FileSystemUid => _raw.fsuid;

    /// <summary>File-system gid.</summary>
    public uint FileSystemGid => _raw.fsgid;

    /// <summary>The cgroup id (valid with <see cref="PidFdInfoFields.CgroupId"/>).</summary>
    public ulong CgroupId => _raw.cgroupid;

    /// <summary>
    /// The wait status (as from <c>waitpid</c>: exit code in bits 8–15, terminating signal in bits 0–6),
    /// or <see langword="null"/> when <see cref="PidFdInfoFields.Exit"/> is not in <see cref="Mask"/>.
    /// </summary>
    public int? ExitStatus => (Mask & PidFdInfoFields.Exit) != 0 ? _raw.exit_code : null;

    /// <summary>The coredump mask (valid with <see cref="PidFdInfoFields.Coredump"/>).</summary>
    public uint CoredumpMask => _raw.coredump_mask;

    /// <summary>The signal that made the process dump core (valid with <see cref="PidFdInfoFields.CoredumpSignal"/>).</summary>
    public uint CoredumpSignal => _raw.coredump_signal;

    /// <summary>The coredump's exit code (valid with <see cref="PidFdInfoFields.CoredumpCode"/>).</summary>
    public uint CoredumpCode => _raw.coredump_code;

    /// <summary>
    /// The <see cref="Mask"/> bits this kernel can ever fill in (valid with
    /// <see cref="PidFdInfoFields.SupportedMask"/>): tells "not supported here" apart from "not
    /// available for this process now".
    /// </summary>
    public PidFdInfoFields SupportedMask => (PidFdInfoFields)_raw.supported_mask;

    /// <inheritdoc />
    public bool Equals(PidFdInfo other) =>
        _raw.mask == other._raw.mask && _raw.pid == other._raw.pid && _raw.tgid == other._raw.tgid
        && _raw.ppid == other._raw.ppid && _raw.cgroupid == other._raw.cgroupid && _raw.exit_code == other._raw.exit_code
        && _raw.ruid == other._raw.ruid && _raw.euid == other._raw.euid && _raw.rgid == other._raw.rgid && _raw.egid == other._raw.egid
        && _raw.coredump_mask == other._raw.coredump_mask && _raw.coredump_signal == other._raw.coredump_signal
        && _raw.coredump_code == other._raw.coredump_code && _raw.supported_mask == other._raw.supported_mask;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PidFdInfo other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_raw.mask, _raw.pid, _raw.tgid, _raw.cgroupid, _raw.exit_code);

    /// <summary>Compares two infos field by field.</summary>
    /// <param name="left">One.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(PidFdInfo left, PidFdInfo right) => left.Equals(right);

    /// <summary>Compares two infos field by field.</summary>
    /// <param name="left">One.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(PidFdInfo left, PidFdInfo right) => !left.Equals(right);
}
