using Nsfs.Interop;
using Nsfs.Runtime.Tests.Infrastructure;
using Nsfs.SafeHandles;
using Nsfs.Uapi;

namespace Nsfs.Runtime.Tests;

/// <summary>The caller's own namespaces: identity, type, and translations that must be the identity.</summary>
public sealed class OwnNamespaceTests
{
    [Fact]
    public void Kernel_is_at_or_above_the_supported_floor()
    {
        Assert.True(KernelFeature.Floor.IsPresent, $"Linux {KernelFeature.Running} is older than the supported floor {KernelFeature.Floor.Major}.{KernelFeature.Floor.Minor} (README, kernel table).");
    }

    [Fact]
    public void Kernel_probe_finds_the_translation_ioctls_from_6_11_and_procfs_everywhere()
    {
        // Auto means Ioctl where the 6.11 ioctls exist, the /proc fallback elsewhere.
        bool expected = KernelFeature.PidTranslationIoctls.IsPresent;
        Assert.True(expected == KernelSupport.HasPidTranslationIoctls, KernelFeature.PidTranslationIoctls.Expectation(expected));
        Assert.True(KernelSupport.HasProcStatusFallback);
        Assert.Equal(KernelFeature.DefaultStrategy, KernelSupport.DefaultPidTranslationStrategy);
    }

    [Fact]
    public void Own_pid_and_tid_translate_to_themselves_both_ways()
    {
        // The strace decoder test: on /proc/self/ns/pid each request returns the same number.
        using var own = PidNamespace.OpenCurrent();
        int pid = Libc.GetPid();
        int tid = Libc.GetTid();
        Assert.NotEqual(pid, tid); // xunit runs tests off the main thread, so TGID requests are meaningful.
        foreach (var strategy in KernelFeature.TranslationStrategies)
        {
            own.Strategy = strategy;
            Assert.Equal(tid, own.GetPidFromNamespace(tid));
            Assert.Equal(tid, own.GetPidInNamespace(tid));
            Assert.Equal(pid, own.GetTgidFromNamespace(tid));
            Assert.Equal(pid, own.GetTgidInNamespace(tid));
            Assert.Equal(pid, own.GetPidInNamespace(pid));
        }
    }

    [Fact]
    public void Every_namespace_type_opens_typed_with_the_inode_readlink_shows()
    {
        foreach (var type in NamespaceTypeNames.All)
        {
            string name = NamespaceTypeNames.GetProcName(type);
            using var handle = NamespaceHandle.OpenCurrent(type);
            Assert.Equal(type, handle.NamespaceType);
            Assert.Equal(ProcFacts.NamespaceInode($"/proc/self/ns/{name}"), handle.Inode);
            Assert.Equal($"{name}:[{handle.Inode}]", handle.ToString());
            Assert.Equal(KernelSupport.NsfsDevice, handle.Identity.Device);
        }

        using var pid = NamespaceHandle.OpenCurrent(NamespaceType.Pid);
        Assert.IsType<PidNamespace>(pid);
        using var mnt = NamespaceHandle.Open(Libc.GetPid(), NamespaceType.Mount);
        Assert.IsType<MountNamespace>(mnt);
        using var user = UserNamespace.OpenCurrent();
        using var net = NetworkNamespace.OpenCurrent();
        using var uts = UtsNamespace.OpenCurrent();
        using var ipc = IpcNamespace.OpenCurrent();
        using var cgroup = CgroupNamespace.OpenCurrent();
        using var time = TimeNamespace.OpenCurrent();
        Assert.Equal(NamespaceType.Time, time.NamespaceType);
    }

    [Fact]
    public void Descriptor_zero_is_a_valid_handle_and_minus_one_is_not()
    {
        using var zero = new SafeNamespaceHandle(0, ownsHandle: false);
        Assert.False(zero.IsInvalid);
        Assert.Equal(0, zero.FileDescriptor);
        using var none = new SafeNamespaceHandle(-1, ownsHandle: false);
        Assert.True(none.IsInvalid);
    }

    [Fact]
    public void Disposed_handle_throws_ObjectDisposedException()
    {
        var own = PidNamespace.OpenCurrent();
        own.Dispose();
        Assert.Throws<ObjectDisposedException>(() => own.TryGetPidInNamespace(Libc.GetPid(), out _));
        Assert.Throws<ObjectDisposedException>(() => own.GetId());
        Assert.Throws<ObjectDisposedException>(() => own.GetParent());
    }
}
