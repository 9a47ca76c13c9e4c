using System.Globalization;
using Nsfs.Interop;
using Nsfs.Runtime.Tests.Infrastructure;
using Nsfs.Uapi;

namespace Nsfs.Runtime.Tests.Helper;

/// <summary>
/// Runs the library as on an older kernel (see <see cref="IoctlErrnoInjection"/>) and reports what
/// it does. "before-6.11": every nsfs request from NS_GET_MNTNS_ID to NS_GET_ID and every pidfs
/// request up to PIDFD_GET_INFO is unknown (ENOTTY), as on 6.10. "enotty-quirk": a PID translation
/// of a pid no process has fails with ENOTTY instead of ESRCH, as on 6.12–7.0.
/// </summary>
internal static class OlderKernelProbe
{
    public const int MissingPid = ProcFacts.NeverAPid;

    public static int Run(string kernel)
    {
        if (kernel == "before-6.11")
        {
            IoctlErrnoInjection.Install(Errno.ENOTTY,
            [
                (Low16(LinuxNsfs.NS_GET_MNTNS_ID), Low16(LinuxNsfs.NS_GET_ID)),
                (Low16(LinuxPidfd.PIDFD_GET_CGROUP_NAMESPACE), Low16(LinuxPidfd.PIDFD_GET_INFO)),
            ]);
        }
        else
        {
            IoctlErrnoInjection.Install(Errno.ENOTTY,
                [(Low16(LinuxNsfs.NS_GET_PID_FROM_PIDNS), Low16(LinuxNsfs.NS_GET_TGID_IN_PIDNS))], MissingPid);
        }

        int self = Libc.GetPid();
        Outcome.Report("probe", () => $"{KernelSupport.HasPidTranslationIoctls} {KernelSupport.DefaultPidTranslationStrategy} {KernelSupport.HasProcStatusFallback}");
        Outcome.Report("translate", PidNamespace.OpenCurrent, own => $"{own.Strategy} {own.GetPidInNamespace(self) == self && own.GetTgidFromNamespace(self) == self}");
        Outcome.Report("missing", PidNamespace.OpenCurrent, own => own.GetPidFromNamespace(MissingPid));
        Outcome.Report("try-missing", PidNamespace.OpenCurrent, own => own.TryGetPidFromNamespace(MissingPid, out _));
        Outcome.Report("force-ioctl", () =>
        {
            using var own = PidNamespace.OpenCurrent();
            own.Strategy = PidTranslationStrategy.Ioctl;
            return own.Strategy;
        });
        Outcome.Report("init-pid", () => PidNamespace.GetInitPidOfProcess(self));
        Outcome.Report("ns-id", NetworkNamespace.OpenCurrent, net => net.GetId());
        Outcome.Report("mntns-id", MountNamespace.OpenCurrent, mnt => mnt.GetMountNamespaceId());
        Outcome.Report("mnt-info", MountNamespace.OpenCurrent, mnt => mnt.GetInfo().Id);
        Outcome.Report("pidfd-info", () => PidFd.Open(self), pidfd => pidfd.GetInfo().Pid);
        Outcome.Report("pidfd-pid", () => PidFd.Open(self), pidfd => pidfd.TryGetPid(out int pid) ? pid : 0);
        Outcome.Report("pidfd-ns", () => PidFd.Open(self), pidfd => pidfd.GetPidNamespace());
        Outcome.Report("pin", () => PidRef.Pin(self), pinned => pinned.IsCurrent());
        Outcome.Report("cli-init-pid", () =>
        {
            using var output = new StringWriter(CultureInfo.InvariantCulture);
            using var errors = new StringWriter(CultureInfo.InvariantCulture);
            int code = Nsfs.Cli.Program.Run(["init-pid", self.ToString(CultureInfo.InvariantCulture)], output, errors);
            return $"{code} {output.ToString().Trim()}{errors.ToString().Trim()}";
        });
        return 0;
    }

    private static ushort Low16(nuint request) => (ushort)(request & 0xffff);
}
