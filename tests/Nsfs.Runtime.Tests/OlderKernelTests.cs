using Nsfs.Runtime.Tests.Helper;
using Nsfs.Runtime.Tests.Infrastructure;

namespace Nsfs.Runtime.Tests;

/// <summary>
/// The older-kernel paths on whatever kernel runs the tests: a helper makes the kernel answer the
/// way an older one does (a seccomp filter fails those ioctls with ENOTTY, <see cref="OlderKernelProbe"/>)
/// and reports what the library does there.
/// </summary>
public sealed class OlderKernelTests
{
    [Fact]
    public void Before_6_11_translation_falls_back_to_proc_and_each_missing_call_names_its_release()
    {
        var (results, helperPid) = RunProbe("before-6.11");

        // The probe sees no ioctls, so Auto is the /proc fallback, which translates and reports misses as ESRCH.
        Assert.Equal("ok:False ProcStatus True", results["probe"]);
        Assert.Equal("ok:ProcStatus True", results["translate"]);
        Assert.StartsWith("PidNotVisibleException:", results["missing"], StringComparison.Ordinal);
        Assert.EndsWith("(ESRCH).", results["missing"], StringComparison.Ordinal);
        Assert.Equal("ok:False", results["try-missing"]);
        Assert.Equal("ok:1", results["init-pid"]);
        Assert.Equal("ok:0 1", results["cli-init-pid"]);

        // Every call the kernel lacks throws PlatformNotSupportedException naming the release it needs.
        foreach (var (name, release) in new[] { ("force-ioctl", "6.11"), ("mntns-id", "6.11"), ("pidfd-ns", "6.11"), ("mnt-info", "6.12"), ("pidfd-info", "6.13"), ("ns-id", "6.18") })
        {
            Assert.StartsWith("PlatformNotSupportedException:", results[name], StringComparison.Ordinal);
            Assert.Contains($"Linux {release}", results[name], StringComparison.Ordinal);
        }

        // pidfds still pin processes: their pid comes from /proc/self/fdinfo instead of PIDFD_GET_INFO.
        Assert.Equal($"ok:{helperPid}", results["pidfd-pid"]);
        Assert.Equal("ok:True", results["pin"]);
    }

    [Fact]
    public void The_6_12_to_7_0_ENOTTY_for_a_missing_pid_is_reported_as_not_visible()
    {
        var (results, _) = RunProbe("enotty-quirk");
        if (!KernelFeature.PidTranslationIoctls.IsPresent)
        {
            Assert.Equal("ok:False ProcStatus True", results["probe"]); // Nothing to answer ENOTTY.
            return;
        }

        // The probe (own pid) still finds the ioctls, so ENOTTY for a miss cannot mean "unsupported".
        Assert.Equal("ok:True Ioctl True", results["probe"]);
        Assert.Equal("ok:Ioctl True", results["translate"]);
        Assert.StartsWith("PidNotVisibleException:", results["missing"], StringComparison.Ordinal);
        Assert.EndsWith("(ENOTTY).", results["missing"], StringComparison.Ordinal);
        Assert.Equal("ok:False", results["try-missing"]);
    }

    private static (Dictionary<string, string> Results, int HelperPid) RunProbe(string kernel)
    {
        string[] helper = SpawnedProcess.HelperCommandLine("older-kernel", kernel);
        using var probe = SpawnedProcess.Start(helper[0], helper[1..]);
        return (probe.ReadOutcomes(), probe.Pid);
    }
}
