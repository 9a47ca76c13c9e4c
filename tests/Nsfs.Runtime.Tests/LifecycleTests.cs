using Nsfs.Runtime.Tests.Infrastructure;
using Nsfs.Uapi;

namespace Nsfs.Runtime.Tests;

/// <summary>Exited, zombie and reaped processes.</summary>
public sealed class LifecycleTests
{
    [Fact]
    public void A_zombie_still_translates_until_it_is_reaped()
    {
        // pid 1 of the new namespace is the exec'd "sleep 60" whose child "sleep 0.1" it never reaps.
        using var unshare = Unshare.RunUntil([.. Unshare.NewPid], "sleep", "sh", "-c", "sleep 0.1 & exec sleep 60");
        int init = unshare.TargetPid;
        int zombie = SpawnedProcess.WaitFor(
            () => ProcFacts.Children(init).FirstOrDefault(c => ProcFacts.State(c).StartsWith('Z')), "a zombie child");
        using var ns = PidNamespace.Open(init);
        int zombieInside = ProcFacts.NsPid(zombie)[^1];
        Assert.Equal(zombie, ns.GetPidFromNamespace(zombieInside));
        Assert.Equal(zombieInside, ns.GetPidInNamespace(zombie));
        ns.Strategy = PidTranslationStrategy.ProcStatus;
        Assert.Equal(zombie, ns.GetPidFromNamespace(zombieInside));
    }

    [Fact]
    public void A_zombie_has_given_up_its_namespaces_and_opening_them_says_so()
    {
        // An exited, unreaped process keeps /proc/<pid> but its ns/ links (all but pid and user)
        // are gone: the kernel has those types, so this is a process that is not there any more.
        using var parent = SpawnedProcess.Start("sh", "-c", "sleep 0.1 & exec sleep 60");
        int zombie = SpawnedProcess.WaitFor(
            () => ProcFacts.Children(parent.Pid).FirstOrDefault(c => ProcFacts.State(c).StartsWith('Z')), "a zombie child");
        Assert.True(ProcFacts.Exists(zombie));
        foreach (var type in new[] { NamespaceType.Mount, NamespaceType.Net, NamespaceType.Uts, NamespaceType.Ipc, NamespaceType.Cgroup })
        {
            var e = Assert.Throws<PidNotVisibleException>(() => NamespaceHandle.Open(zombie, type));
            Assert.Equal(zombie, e.Pid);
            Assert.Contains("exiting", e.Message, StringComparison.Ordinal);
        }

        Assert.Throws<PidNotVisibleException>(() => MountNamespace.Open(zombie));
    }

    [Fact]
    public void After_the_init_is_reaped_the_namespace_handle_lives_on_and_nothing_is_visible()
    {
        using var unshare = Unshare.Sleeper([.. Unshare.NewPid]);
        int init = unshare.TargetPid;
        using var ns = PidNamespace.Open(init);
        Assert.Equal(init, ns.GetInitPid());
        using var pinned = PidRef.Pin(init);

        Assert.True(pinned.TrySendSignal(9));
        SpawnedProcess.WaitFor(() => ProcFacts.Exists(init) ? 0 : 1, "the init to be reaped by unshare");

        Assert.False(ns.TryGetInitPid(out _));
        var e = Assert.Throws<PidNotVisibleException>(() => ns.GetInitPid());
        Assert.Equal(1, e.Pid);
        Assert.False(pinned.IsCurrent());
        Assert.Throws<PidNotVisibleException>(() => pinned.Verify());
        Assert.False(pinned.TrySendSignal(0));
        Assert.True(pinned.HasExited);
        Assert.False(ns.TryGetPidInNamespace(init, out _));
        ns.Strategy = PidTranslationStrategy.ProcStatus;
        Assert.False(ns.TryGetInitPid(out _));
    }
}
