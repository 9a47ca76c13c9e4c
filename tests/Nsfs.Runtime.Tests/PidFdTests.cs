using System.Diagnostics;
using Nsfs.Interop;
using Nsfs.Runtime.Tests.Infrastructure;
using Nsfs.Uapi;

namespace Nsfs.Runtime.Tests;

/// <summary>Ports of selftests/pidfd/{pidfd_info_test,pidfd_open_test,pidfd_setns_test}.c.</summary>
public sealed class PidFdTests
{
    [Fact]
    public void Namespaces_from_a_pidfd_are_the_ones_proc_links_name()
    {
        using var child = Unshare.Sleeper("--mount", "--uts", "--ipc", "--net", "--pid", "--cgroup", "--time", "--fork", "--kill-child");
        using var pidfd = PidFd.Open(child.TargetPid);
        if (!KernelFeature.PidFdNamespaces.IsPresentElseUnsupported(() => pidfd.GetPidNamespace()))
        {
            return;
        }

        foreach (var type in NamespaceTypeNames.All)
        {
            using var viaPidfd = pidfd.GetNamespace(type);
            Assert.Equal(type, viaPidfd.NamespaceType);
            Assert.Equal(ProcFacts.NamespaceInode(child.TargetPid, NamespaceTypeNames.GetProcName(type)), viaPidfd.Inode);
        }

        using var forChildren = pidfd.GetNamespaceForChildren(NamespaceType.Pid);
        Assert.Equal(ProcFacts.NamespaceInode($"/proc/{child.TargetPid}/ns/pid_for_children"), forChildren.Inode);

        // The pidfd-derived PID namespace translates like /proc/<pid>/ns/pid.
        using var pidNs = pidfd.GetPidNamespace();
        Assert.Equal(child.TargetPid, pidNs.GetInitPid());
    }

    [Fact]
    public void Info_of_a_live_child_matches_proc_and_our_credentials()
    {
        using var sleeper = SpawnedProcess.Start("sleep", "60");
        using var pidfd = PidFd.Open(sleeper.Pid);
        if (!KernelFeature.PidFdInfo.IsPresentElseUnsupported(() => pidfd.GetInfo()))
        {
            // Before PIDFD_GET_INFO the pid still comes from /proc/self/fdinfo.
            Assert.True(pidfd.TryGetPid(out int fdinfoPid));
            Assert.Equal(sleeper.Pid, fdinfoPid);
            return;
        }

        var info = pidfd.GetInfo(PidFdInfoFields.Pid | PidFdInfoFields.Credentials | PidFdInfoFields.CgroupId);
        Assert.True(info.Mask.HasFlag(PidFdInfoFields.Pid));
        Assert.True(info.Mask.HasFlag(PidFdInfoFields.Credentials));
        Assert.Equal(sleeper.Pid, info.Pid);
        Assert.Equal(sleeper.Pid, info.Tgid);
        Assert.Equal(Libc.GetPid(), info.ParentPid);
        Assert.Equal(FdInfoPid(pidfd), info.Pid);
        uint uid = uint.Parse(File.ReadLines("/proc/self/status").First(l => l.StartsWith("Uid:", StringComparison.Ordinal)).Split('\t')[1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(uid, info.RealUid);
        Assert.Equal(uid, info.EffectiveUid);
        if (info.Mask.HasFlag(PidFdInfoFields.CgroupId))
        {
            Assert.NotEqual(0ul, info.CgroupId);
        }

        Assert.Null(info.ExitStatus);
        Assert.True(pidfd.TryGetPid(out int pid));
        Assert.Equal(sleeper.Pid, pid);
        Assert.False(pidfd.HasExited);
    }

    [Fact]
    public void Supported_mask_is_filled_only_by_kernels_that_know_it()
    {
        // PIDFD_INFO_SUPPORTED_MASK is newer than 6.18 (what CI runs): such a kernel ignores the
        // request, as it ignores every bit it does not know, and leaves both the mask bit and the
        // field clear. A kernel that knows it sets the bit, and lists at least PID and itself.
        using var sleeper = SpawnedProcess.Start("sleep", "60");
        using var pidfd = PidFd.Open(sleeper.Pid);
        if (!KernelFeature.PidFdInfo.IsPresentElseUnsupported(() => pidfd.GetInfo()))
        {
            return;
        }

        var info = pidfd.GetInfo(PidFdInfoFields.Pid | PidFdInfoFields.SupportedMask);
        Assert.True(info.Mask.HasFlag(PidFdInfoFields.Pid));
        if (info.Mask.HasFlag(PidFdInfoFields.SupportedMask))
        {
            Assert.True(info.SupportedMask.HasFlag(PidFdInfoFields.Pid | PidFdInfoFields.SupportedMask));
            Assert.True(info.SupportedMask.HasFlag(info.Mask), $"Filled {info.Mask} but supports only {info.SupportedMask}.");
        }
        else
        {
            Assert.Equal(PidFdInfoFields.None, info.SupportedMask);
        }

        // A live process has not dumped core: no coredump signal or code to report.
        var coredump = pidfd.GetInfo(PidFdInfoFields.Pid | PidFdInfoFields.Coredump);
        Assert.Equal(0u, coredump.CoredumpSignal);
        Assert.Equal(0u, coredump.CoredumpCode);
    }

    [Fact]
    public void Killed_but_not_reaped_still_answers_with_credentials_and_no_exit()
    {
        // sigkill_exit: our child's child, whose parent (an exec'd sleep) never reaps it.
        using var parent = SpawnedProcess.Start("sh", "-c", "sleep 60 & echo $!; exec sleep 60");
        int grandchild = int.Parse(parent.Process.StandardOutput.ReadLine()!, System.Globalization.CultureInfo.InvariantCulture);
        using var pidfd = PidFd.Open(grandchild);

        // Kill only once sh has become sleep: a shell still running could reap its background job.
        SpawnedProcess.WaitFor(() => SpawnedProcess.ReadComm(parent.Pid) == "sleep" ? 1 : 0, "sh to exec sleep");
        pidfd.SendSignal(9);
        SpawnedProcess.WaitFor(() => ProcFacts.State(grandchild).StartsWith('Z') ? 1 : 0, "the zombie");
        Assert.True(pidfd.HasExited);
        if (!KernelFeature.PidFdInfo.IsPresentElseUnsupported(() => pidfd.GetInfo()))
        {
            return;
        }

        var info = pidfd.GetInfo(PidFdInfoFields.Pid | PidFdInfoFields.Credentials | PidFdInfoFields.Exit);
        Assert.True(info.Mask.HasFlag(PidFdInfoFields.Credentials));
        Assert.Null(info.ExitStatus);
        Assert.Equal(grandchild, info.Pid);
    }

    [Fact]
    public void After_reaping_only_the_exit_mask_answers_and_it_carries_the_signal()
    {
        // sigkill_reaped: .NET's Process reaps its children itself.
        using var sleeper = SpawnedProcess.Start("sleep", "60");
        using var pidfd = PidFd.Open(sleeper.Pid);
        pidfd.SendSignal(9);
        sleeper.Process.WaitForExit();
        if (!HasExitInfo(pidfd))
        {
            return;
        }

        Assert.False(pidfd.TryGetInfo(PidFdInfoFields.Pid, out _));
        Assert.Throws<PidNotVisibleException>(() => pidfd.GetInfo(PidFdInfoFields.Pid));
        var info = pidfd.GetInfo(PidFdInfoFields.Exit);
        Assert.True(info.Mask.HasFlag(PidFdInfoFields.Exit));
        Assert.False(info.Mask.HasFlag(PidFdInfoFields.Credentials));
        Assert.Equal(9, info.ExitStatus!.Value & 0x7f); // WTERMSIG
        Assert.False(pidfd.TryGetPid(out _));
        Assert.False(pidfd.TrySendSignal(0));
        Assert.Throws<PidNotVisibleException>(() => pidfd.SendSignal(0));
    }

    [Fact]
    public void Exit_status_of_a_process_that_made_new_user_and_pid_namespaces()
    {
        // success_reaped: exit(0) after creating user+pid namespaces.
        Privilege.RequireUserNamespaces();
        using var unshare = SpawnedProcess.Start("unshare", "--user", "--pid", "--fork", "sh", "-c", "read line; exit 0");
        using var pidfd = PidFd.Open(unshare.Pid); // Pinned before it can exit: it waits for stdin.
        unshare.Process.StandardInput.Close();
        unshare.Process.WaitForExit();
        if (HasExitInfo(pidfd))
        {
            Assert.Equal(0, pidfd.GetInfo(PidFdInfoFields.Exit).ExitStatus);
        }
    }

    [Fact]
    public void Thread_pidfds_need_the_thread_flag()
    {
        int tid = Libc.GetTid();
        if (!KernelFeature.ThreadPidFds.IsPresent)
        {
            // Before PIDFD_THREAD the flag is unknown and a non-leader is rejected: EINVAL for both.
            Assert.Throws<ArgumentException>(() => PidFd.Open(tid));
            Assert.Throws<ArgumentException>(() => PidFd.Open(tid, PidFdOptions.Thread));
            return;
        }

        // pidfd_open(2) documents EINVAL for a non-leader; Linux 6.18 answers ENOENT: no such process.
        var e = Assert.Throws<PidNotVisibleException>(() => PidFd.Open(tid));
        Assert.Contains("PidFdOptions.Thread", e.Message, StringComparison.Ordinal);
        Assert.Equal(tid, e.Pid);
        Assert.False(PidFd.TryOpen(tid, out _));
        using var thread = PidFd.Open(tid, PidFdOptions.Thread);
        if (KernelFeature.PidFdInfo.IsPresentElseUnsupported(() => thread.GetInfo()))
        {
            Assert.Equal(tid, thread.GetInfo().Pid);
            Assert.Equal(Libc.GetPid(), thread.GetInfo().Tgid);
        }
    }

    /// <summary>
    /// Whether the kernel reports a reaped process's exit (PIDFD_INFO_EXIT, 6.15); before that it
    /// answers ESRCH for a reaped process, and before PIDFD_GET_INFO (6.13) the request is unsupported.
    /// </summary>
    private static bool HasExitInfo(PidFd reaped)
    {
        if (KernelFeature.PidFdExitInfo.IsPresent)
        {
            return true;
        }

        if (KernelFeature.PidFdInfo.IsPresentElseUnsupported(() => reaped.GetInfo(PidFdInfoFields.Exit)))
        {
            Assert.Throws<PidNotVisibleException>(() => reaped.GetInfo(PidFdInfoFields.Exit));
        }

        return false;
    }

    private static int FdInfoPid(PidFd pidfd) =>
        int.Parse(File.ReadLines($"/proc/self/fdinfo/{pidfd.SafeHandle.FileDescriptor}").First(l => l.StartsWith("Pid:", StringComparison.Ordinal))[4..].Trim(),
            System.Globalization.CultureInfo.InvariantCulture);
}
