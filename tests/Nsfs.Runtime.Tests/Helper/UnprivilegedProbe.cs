using Nsfs.Interop;

namespace Nsfs.Runtime.Tests.Helper;

/// <summary>Runs as nobody (setpriv) and reports what the library does with another user's process.</summary>
internal static class UnprivilegedProbe
{
    public static int Run(int rootOwnedPid)
    {
        int self = Libc.GetPid();
        Outcome.Report("open-other", () => PidNamespace.Open(rootOwnedPid));
        Outcome.Report("pidfd-ns", () =>
        {
            using var pidfd = PidFd.Open(rootOwnedPid);
            return pidfd.GetPidNamespace();
        });
        Outcome.Report("signal-other", () =>
        {
            using var pidfd = PidFd.Open(rootOwnedPid);
            pidfd.SendSignal(0);
            return "sent";
        });
        Outcome.Report("mnt-next", () =>
        {
            using var mnt = MountNamespace.OpenCurrent();
            return mnt.GetNext();
        });
        Outcome.Report("parent-of-own", () =>
        {
            using var own = PidNamespace.OpenCurrent();
            return own.GetParent();
        });
        Outcome.Report("own-translate", () =>
        {
            using var own = PidNamespace.OpenCurrent();
            return own.GetPidInNamespace(self) == self && own.GetPidFromNamespace(self) == self;
        });
        Outcome.Report("translate-other", () =>
        {
            using var own = PidNamespace.OpenCurrent();
            return own.GetPidFromNamespace(rootOwnedPid);
        });
        return 0;
    }
}
