namespace Nsfs.Runtime.Tests.Infrastructure;

/// <summary>
/// A kernel feature the tests exercise and the first mainline release that has it (the README's
/// kernel table). On an older kernel a test asserts the library's documented answer instead: a
/// <see cref="PlatformNotSupportedException"/> naming that release.
/// </summary>
internal sealed record KernelFeature(string Name, int Major, int Minor)
{
    /// <summary>The supported floor: the oldest longterm kernel still maintained (pidfd_open 5.3 and time namespaces 5.6 are older).</summary>
    public static readonly KernelFeature Floor = new("the supported floor", 5, 10);

    /// <summary>PIDFD_THREAD: pidfds for threads other than the leader.</summary>
    public static readonly KernelFeature ThreadPidFds = new("PIDFD_THREAD", 6, 9);

    /// <summary>NS_GET_{PID,TGID}_{FROM,IN}_PIDNS.</summary>
    public static readonly KernelFeature PidTranslationIoctls = new("NS_GET_PID_IN_PIDNS", 6, 11);

    /// <summary>NS_GET_MNTNS_ID.</summary>
    public static readonly KernelFeature MountNamespaceId = new("NS_GET_MNTNS_ID", 6, 11);

    /// <summary>PIDFD_GET_*_NAMESPACE.</summary>
    public static readonly KernelFeature PidFdNamespaces = new("PIDFD_GET_*_NAMESPACE", 6, 11);

    /// <summary>NS_MNT_GET_INFO, NS_MNT_GET_NEXT and NS_MNT_GET_PREV.</summary>
    public static readonly KernelFeature MountIteration = new("NS_MNT_GET_*", 6, 12);

    /// <summary>PIDFD_GET_INFO.</summary>
    public static readonly KernelFeature PidFdInfo = new("PIDFD_GET_INFO", 6, 13);

    /// <summary>PIDFD_INFO_EXIT: the exit status of a reaped process.</summary>
    public static readonly KernelFeature PidFdExitInfo = new("PIDFD_INFO_EXIT", 6, 15);

    /// <summary>NS_GET_ID.</summary>
    public static readonly KernelFeature NamespaceIds = new("NS_GET_ID", 6, 18);

    /// <summary>The running kernel's release (major.minor of /proc/sys/kernel/osrelease).</summary>
    public static Version Running { get; } = ParseRelease(File.ReadAllText("/proc/sys/kernel/osrelease"));

    /// <summary>
    /// Whether a PID translation of a pid that does not exist fails with ENOTTY instead of ESRCH:
    /// the 6.12 extensible-ioctl check turned "not found" into ENOTTY until the fix in 7.1 (also
    /// queued for 7.0 stable, so a 7.0 kernel may answer either).
    /// </summary>
    public static string[] NotFoundErrors => Running >= new Version(6, 12) && Running < new Version(7, 1) ? ["ESRCH", "ENOTTY"] : ["ESRCH"];

    /// <summary>The translation strategies that work on the running kernel: the /proc fallback always, the ioctls from 6.11.</summary>
    public static PidTranslationStrategy[] TranslationStrategies => PidTranslationIoctls.IsPresent
        ? [PidTranslationStrategy.Ioctl, PidTranslationStrategy.ProcStatus]
        : [PidTranslationStrategy.ProcStatus];

    /// <summary>The strategy Auto should resolve to on the running kernel.</summary>
    public static PidTranslationStrategy DefaultStrategy => TranslationStrategies[0];

    /// <summary>Whether the running kernel has the feature.</summary>
    public bool IsPresent => Running >= new Version(Major, Minor);

    /// <summary>
    /// True when the running kernel has the feature. Otherwise asserts that <paramref name="call"/>,
    /// which needs it, throws <see cref="PlatformNotSupportedException"/> naming the release, and
    /// returns false: the caller's remaining assertions need the feature.
    /// </summary>
    public bool IsPresentElseUnsupported(Action call)
    {
        if (IsPresent)
        {
            return true;
        }

        var e = Assert.Throws<PlatformNotSupportedException>(call);
        Assert.Contains($"Linux {Major}.{Minor}", e.Message, StringComparison.Ordinal);
        return false;
    }

    /// <summary>The assertion message for a kernel fact: what was expected of which release.</summary>
    public string Expectation(bool expected) =>
        $"{Name} is {(expected ? "" : "not ")}expected on Linux {Running} (it arrived in {Major}.{Minor}; README, kernel table). "
        + "A distribution kernel that backports or removes it makes this fail.";

    private static Version ParseRelease(string release)
    {
        // "6.18.44-fc-v669" or "5.15.0-91-generic": the mainline major.minor is what features follow.
        string[] parts = release.Trim().Split('.', '-');
        return new Version(int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
    }
}
