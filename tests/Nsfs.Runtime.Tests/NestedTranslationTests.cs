using Nsfs.Interop;
using Nsfs.Runtime.Tests.Infrastructure;
using Nsfs.Uapi;

namespace Nsfs.Runtime.Tests;

/// <summary>PID translation across three nested PID namespaces, checked against /proc NSpid.</summary>
[Collection(NestedPidNamespacesDefinition.Name)]
public sealed class NestedTranslationTests(NestedPidNamespaces nested)
{
    [Fact]
    public void Every_thread_translates_like_NSpid_at_every_level_with_the_ioctls()
    {
        // Before 6.11 Auto resolves to the /proc fallback, and asking for the ioctls says which release has them.
        Assert.All(nested.Levels, l => Assert.Equal(KernelFeature.DefaultStrategy, l.Strategy));
        if (KernelFeature.PidTranslationIoctls.IsPresentElseUnsupported(() => nested.Levels[0].Strategy = PidTranslationStrategy.Ioctl))
        {
            AssertMatchesNsPid(nested.Levels);
        }
    }

    [Fact]
    public void Forced_proc_fallback_gives_the_same_answers()
    {
        using var innermost = PidNamespace.Open(nested.HelperPid);
        innermost.Strategy = PidTranslationStrategy.ProcStatus;
        using var middle = innermost.GetParent();
        using var outer = middle.GetParent();
        Assert.Equal(PidTranslationStrategy.ProcStatus, outer.Strategy);
        AssertMatchesNsPid([outer, middle, innermost]);
    }

    [Fact]
    public void Both_strategies_agree_on_what_is_not_visible()
    {
        using var sibling = Unshare.Sleeper([.. Unshare.NewPid]);
        foreach (var strategy in KernelFeature.TranslationStrategies)
        {
            using var cousin = PidNamespace.Open(sibling.TargetPid);
            cousin.Strategy = strategy;
            using var inner = PidNamespace.Open(nested.HelperPid);
            inner.Strategy = strategy;

            // A cousin at the same depth sees neither the helper nor us; its own init it sees.
            Assert.False(cousin.TryGetPidInNamespace(nested.HelperPid, out _), strategy.ToString());
            Assert.False(cousin.TryGetPidInNamespace(Libc.GetPid(), out _), strategy.ToString());
            Assert.Equal(sibling.TargetPid, cousin.GetPidFromNamespace(1));
            Assert.False(inner.TryGetPidInNamespace(Libc.GetPid(), out int none), strategy.ToString());
            Assert.Equal(0, none);
            Assert.False(inner.TryGetPidFromNamespace(ProcFacts.NeverAPid, out _), strategy.ToString());
            Assert.False(inner.TryGetTgidFromNamespace(4_000_000, out _), strategy.ToString());
        }
    }

    [Fact]
    public void Init_pid_of_each_level_is_the_process_that_is_pid_1_there()
    {
        for (int level = 1; level <= NestedPidNamespaces.Depth; level++)
        {
            int init = nested.Levels[level - 1].GetInitPid();
            int[] nspid = ProcFacts.NsPid(init);
            Assert.Equal(level + 1, nspid.Length);
            Assert.Equal(1, nspid[^1]);
        }

        // The LXCFS question in one call, for a thread of the helper.
        Assert.Equal(nested.HelperPid, PidNamespace.GetInitPidOfProcess(nested.Tids[^1]));
        Assert.Equal(1, PidNamespace.GetInitPidOfProcess(Libc.GetPid()));
    }

    [Fact]
    public void Caller_is_not_visible_inside_a_child_namespace_and_the_exception_says_where()
    {
        var inner = nested.Levels[^1];
        int self = Libc.GetPid();
        Assert.False(inner.TryGetPidInNamespace(self, out _));
        var e = Assert.Throws<PidNotVisibleException>(() => inner.GetPidInNamespace(self));
        Assert.Equal(self, e.Pid);
        Assert.Equal(NamespaceType.Pid, e.NamespaceType);
        Assert.Equal(inner.Inode, e.NamespaceInode);
        Assert.Equal("ESRCH", e.ErrorName);
        Assert.Contains(inner.ToString(), e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_pid_in_a_child_namespace_is_not_visible()
    {
        var inner = nested.Levels[^1];
        var e = Assert.Throws<PidNotVisibleException>(() => inner.GetPidFromNamespace(ProcFacts.NeverAPid));
        Assert.Equal(ProcFacts.NeverAPid, e.Pid);

        // Linux 6.12–7.0 answer ENOTTY here instead of ESRCH (a kernel bug); both mean "not found".
        Assert.Contains(e.ErrorName, KernelFeature.NotFoundErrors);
    }

    [Fact]
    public void Parent_chain_reaches_our_namespace_and_goes_no_further()
    {
        using var own = PidNamespace.OpenCurrent();
        using var top = nested.Levels[0].GetParent();
        Assert.True(top.IsSameNamespace(own));
        Assert.False(own.TryGetParent(out _));
        Assert.Throws<UnauthorizedAccessException>(() => own.GetParent());
    }

    [Fact]
    public void Translating_with_an_open_handle_allocates_nothing()
    {
        var inner = nested.Levels[^1];
        int tid = nested.Tids[^1];
        int expected = ProcFacts.NsPid(nested.HelperPid, tid)[^1];
        for (int i = 0; i < 100; i++)
        {
            inner.TryGetPidInNamespace(tid, out _);
            inner.TryGetPidFromNamespace(ProcFacts.NeverAPid, out _);
            inner.TryGetTgidFromNamespace(1, out _);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        int hits = 0;
        for (int i = 0; i < 10_000; i++)
        {
            hits += inner.TryGetPidInNamespace(tid, out int pid) && pid == expected ? 1 : 0;
            hits += inner.TryGetPidFromNamespace(ProcFacts.NeverAPid, out _) ? 1 : 0;
            hits += inner.GetTgidFromNamespace(1) == nested.HelperPid ? 1 : 0;
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(20_000, hits);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Pin_from_namespace_returns_the_verified_process()
    {
        var inner = nested.Levels[^1];
        Assert.True(inner.TryPinFromNamespace(1, out var pinned));
        using (pinned)
        {
            Assert.Equal(nested.HelperPid, pinned.Pid);
            Assert.True(pinned.IsCurrent());
            using var viaPidfd = pinned.OpenNamespace(NamespaceType.Pid);
            Assert.True(viaPidfd.IsSameNamespace(inner));
            Assert.True(pinned.TrySendSignal(0));
        }

        Assert.False(inner.TryPinFromNamespace(ProcFacts.NeverAPid, out var none));
        Assert.Null(none);
        Assert.Throws<PidNotVisibleException>(() => inner.PinFromNamespace(ProcFacts.NeverAPid));
    }

    private void AssertMatchesNsPid(PidNamespace[] levels)
    {
        foreach (int tid in nested.Tids)
        {
            int[] nspid = ProcFacts.NsPid(nested.HelperPid, tid);
            int[] nstgid = ProcFacts.NsTgid(nested.HelperPid, tid);
            Assert.Equal(levels.Length + 1, nspid.Length);
            for (int level = 1; level <= levels.Length; level++)
            {
                var ns = levels[level - 1];
                string where = $"tid {tid} level {level} ({ns.Strategy})";
                Assert.True(nspid[level] == ns.GetPidInNamespace(tid), where + " pid in");
                Assert.True(nstgid[level] == ns.GetTgidInNamespace(tid), where + " tgid in");
                Assert.True(tid == ns.GetPidFromNamespace(nspid[level]), where + " pid from");
                Assert.True(nested.HelperPid == ns.GetTgidFromNamespace(nspid[level]), where + " tgid from");
            }
        }
    }
}
