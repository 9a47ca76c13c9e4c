namespace Nsfs;

/// <summary>
/// What the running kernel supports, probed once per process on first use and cached.
/// </summary>
public static class KernelSupport
{
    /// <summary>
    /// Whether the PID-translation ioctls work: NS_GET_PID_IN_PIDNS on the caller's own PID namespace
    /// with <c>getpid()</c> returned <c>getpid()</c>. Once this is proven, ENOTTY from a translation
    /// means "not found" (the 6.12–7.0 bug), not "unsupported".
    /// </summary>
    public static bool HasPidTranslationIoctls => Probe.HasPidTranslationIoctls;

    /// <summary>
    /// Whether the procfs fallback can work: <c>/proc</c> is mounted for the caller's PID namespace
    /// (<c>/proc/self</c> names the caller's pid).
    /// </summary>
    public static bool HasProcStatusFallback => Probe.HasProcStatusFallback;

    /// <summary>The strategy <see cref="PidTranslationStrategy.Auto"/> resolves to on this kernel.</summary>
    public static PidTranslationStrategy DefaultPidTranslationStrategy =>
        HasPidTranslationIoctls ? PidTranslationStrategy.Ioctl : PidTranslationStrategy.ProcStatus;

    /// <summary>The nsfs device number, used to recognise nsfs files before issuing 0xb7 requests; null when unknown.</summary>
    internal static ulong? NsfsDevice => Probe.NsfsDevice;

    /// <summary>The identity of the caller's own (active) PID namespace; null when /proc is unusable.</summary>
    internal static NamespaceIdentity? OwnPidNamespace => Probe.OwnPidNamespace;

    /// <summary>Resolves <see cref="PidTranslationStrategy.Auto"/> and checks a forced strategy can work here.</summary>
    internal static PidTranslationStrategy Resolve(PidTranslationStrategy strategy) => strategy switch
    {
        PidTranslationStrategy.Auto => DefaultPidTranslationStrategy,
        PidTranslationStrategy.Ioctl when !HasPidTranslationIoctls => throw new PlatformNotSupportedException(
            "The PID-translation ioctls (NS_GET_PID_IN_PIDNS, Linux 6.11+) are not supported by this kernel; use PidTranslationStrategy.ProcStatus."),
        PidTranslationStrategy.Ioctl => strategy,
        PidTranslationStrategy.ProcStatus when !HasProcStatusFallback => throw new PlatformNotSupportedException(
            "The /proc fallback needs a procfs mounted for the caller's PID namespace at /proc."),
        PidTranslationStrategy.ProcStatus => strategy,
        _ => throw new ArgumentOutOfRangeException(nameof(strategy), strategy, "Unknown PID translation strategy."),
    };

    // A nested class so the probe runs once, thread-safely, on first use (type initializer).
    private static class Probe
    {
        public static readonly bool HasPidTranslationIoctls;
        public static readonly bool HasProcStatusFallback;
        public static readonly ulong? NsfsDevice;
        public static readonly NamespaceIdentity? OwnPidNamespace;

#pragma warning disable CA1810 // The probe computes four related facts from one open; a constructor keeps them together.
        static Probe()
#pragma warning restore CA1810
        {
            int fd = NativeCalls.Open("/proc/self/ns/pid", out _);
            if (fd < 0)
            {
                return;
            }

            using var handle = new SafeNamespaceHandle(fd, ownsHandle: true);
            try
            {
                var identity = NativeCalls.Stat(handle, new ErrorContext(NsfsOperation.Stat) { Path = "/proc/self/ns/pid" });
                NsfsDevice = identity.Device;
                OwnPidNamespace = identity;
            }
            catch (NsfsException)
            {
                return;
            }

            int self = NativeCalls.GetPid();
            HasPidTranslationIoctls = NativeCalls.Ioctl(handle, LinuxNsfs.NS_GET_PID_IN_PIDNS, self, out _) == self;
            HasProcStatusFallback = string.Equals(
                new FileInfo("/proc/self").LinkTarget,
                self.ToString(CultureInfo.InvariantCulture),
                StringComparison.Ordinal);
        }
    }
}
