using Nsfs.Interop;

namespace Nsfs.Runtime.Tests.Helper;

/// <summary>Runs as nobody (setpriv) and reports what the library does with another user's process.</summary>
internal static class UnprivilegedProbe
{
    public static int Run(int rootOwnedPid)
    {
        int self = Libc.GetPid();
        Outcome.Report("open-other", () => PidNamespace.Open(rootOwnedPid));
        Outcome.Report("pidfd-ns", () => PidFd.Open(rootOwnedPid), pidfd => pidfd.GetPidNamespace());
        Outcome.Report("signal-other", () =>
        {
            using var pidfd = PidFd.Open(rootOwnedPid);
            pidfd.SendSignal(0);
            return "sent";
        });
        Outcome.Report("mnt-next", MountNamespace.OpenCurrent, mnt => mnt.GetNext());
        Outcome.Report("parent-of-own", PidNamespace.OpenCurrent, own => own.GetParent());
        Outcome.Report("own-translate", PidNamespace.OpenCurrent, own => own.GetPidInNamespace(self) == self && own.GetPidFromNamespace(self) == self);
        Outcome.Report("translate-other", PidNamespace.OpenCurrent, own => own.GetPidFromNamespace(rootOwnedPid));
        return 0;
    }
}
