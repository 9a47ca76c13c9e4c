using Nsfs.Interop;
using Nsfs.Runtime.Tests.Infrastructure;

namespace Nsfs.Runtime.Tests;

/// <summary>Port of selftests/filesystems/nsfs/iterate_mntns.c.</summary>
public sealed class MountIterationTests
{
    private const int Count = 11;

    [Fact]
    public void Iterating_from_the_first_and_last_of_eleven_new_mount_namespaces_finds_the_other_ten()
    {
        if (!CanWalk())
        {
            return;
        }

        var sleepers = new List<SpawnedProcess>();
        var namespaces = new List<MountNamespace>();
        try
        {
            for (int i = 0; i < Count; i++)
            {
                sleepers.Add(Unshare.Sleeper("--mount"));
                namespaces.Add(MountNamespace.Open(sleepers[^1].TargetPid));
            }

            var ids = namespaces.Select(n => n.GetInfo().Id).ToHashSet();
            Assert.Equal(Count, ids.Count);
            Assert.Equal(namespaces.Select(n => n.GetMountNamespaceId()).ToHashSet(), ids);
            var ordered = namespaces.OrderBy(n => n.GetInfo().Id).ToList();

            // iterate_all_forward / iterate_all_backwards: walk to ENOENT, count recorded ids.
            int forward = 0;
            foreach (var next in ordered[0].EnumerateNext())
            {
                using (next)
                {
                    forward += ids.Contains(next.IterationInfo!.Value.Id) ? 1 : 0;
                    Assert.Equal(next.IterationInfo.Value.Id, next.GetInfo().Id);
                }
            }

            int backward = 0;
            foreach (var previous in ordered[^1].EnumeratePrevious())
            {
                using (previous)
                {
                    backward += ids.Contains(previous.IterationInfo!.Value.Id) ? 1 : 0;
                }
            }

            Assert.Equal(Count - 1, forward);
            Assert.Equal(Count - 1, backward);

            // iterate_forward: ten single steps from the first all give valid handles in id order.
            var current = ordered[0];
            for (int i = 1; i < Count; i++)
            {
                var next = current.GetNext();
                Assert.NotNull(next);
                Assert.True(next.GetInfo().Id > current.GetInfo().Id);
                if (current != ordered[0])
                {
                    current.Dispose();
                }

                current = next;
            }

            current.Dispose();
        }
        finally
        {
            namespaces.ForEach(n => n.Dispose());
            sleepers.ForEach(s => s.Dispose());
        }
    }

    [Fact]
    public void Foreign_ioctl_commands_on_a_mount_namespace_are_ENOTTY()
    {
        // nfs_valid_ioctl: autofs dev-ioctl requests (_IOWR(0x93, 0x71..0x73, 24 bytes), x86 encoding;
        // on any architecture they are commands nsfs does not know).
        using var mnt = MountNamespace.OpenCurrent();
        foreach (nuint request in new nuint[] { 0xc0189371, 0xc0189372, 0xc0189373 })
        {
            Assert.Equal(-1, NativeCalls.Ioctl(mnt.SafeHandle, request, 0, out int errno));
            Assert.Equal(Errno.ENOTTY, errno);
        }
    }

    [Fact]
    public void Walk_survives_the_caller_disposing_each_yielded_handle_early()
    {
        if (!CanWalk())
        {
            return;
        }

        using var a = Unshare.Sleeper("--mount");
        using var b = Unshare.Sleeper("--mount");
        using var na = MountNamespace.Open(a.TargetPid);
        using var nb = MountNamespace.Open(b.TargetPid);

        // Ids come from per-CPU batches (observed on 6.18), so creation order says nothing about
        // id order: start from whichever of the two has the lower id.
        var (first, second) = na.GetId() < nb.GetId() ? (na, nb.GetId()) : (nb, na.GetId());
        var seen = new List<ulong>();
        foreach (var next in first.EnumerateNext())
        {
            seen.Add(next.IterationInfo!.Value.Id);
            next.Dispose(); // The walk holds its own reference and continues.
        }

        Assert.Contains(second, seen);
        Assert.Equal(seen.Order().ToList(), seen);
    }

    /// <summary>
    /// Whether this caller may walk mount namespaces here, asserting the kernel's answer when it may
    /// not: before 6.12 the requests do not exist; from 7.0 (and stable 6.12+) a walk needs
    /// CAP_SYS_ADMIN in the initial PID namespace, so a caller that is not root gets EPERM, and the
    /// walk itself is checked only when the tests run as root.
    /// </summary>
    private static bool CanWalk()
    {
        using var own = MountNamespace.OpenCurrent();
        if (!KernelFeature.MountIteration.IsPresentElseUnsupported(() => own.GetInfo()))
        {
            return false;
        }

        if (Privilege.IsRoot)
        {
            return true;
        }

        try
        {
            using var next = own.GetNext();
            return true; // A kernel without the permission check lets the owner of the namespaces walk them.
        }
        catch (UnauthorizedAccessException e)
        {
            Assert.Contains("CAP_SYS_ADMIN in the initial PID namespace (EPERM)", e.Message, StringComparison.Ordinal);
            return false;
        }
    }
}
