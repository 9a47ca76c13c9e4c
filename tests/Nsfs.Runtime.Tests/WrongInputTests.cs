using Nsfs.Errors;
using Nsfs.Interop;
using Nsfs.Runtime.Tests.Infrastructure;
using Nsfs.Uapi;

namespace Nsfs.Runtime.Tests;

/// <summary>Wrong namespace types, non-namespace files and bad pids, on the real kernel.</summary>
public sealed class WrongInputTests
{
    [Fact]
    public void Typed_open_of_another_type_names_expected_and_actual()
    {
        var e = Assert.Throws<NamespaceTypeMismatchException>(() => PidNamespace.OpenPath("/proc/self/ns/mnt"));
        Assert.Equal(NamespaceType.Pid, e.Expected);
        Assert.Equal(NamespaceType.Mount, e.Actual);
        Assert.Equal("/proc/self/ns/mnt", e.Path);
        Assert.Contains("Expected a pid namespace but got mnt:[", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Untyped_handle_of_the_wrong_type_cannot_become_a_pid_namespace()
    {
        using var handle = NamespaceHandle.OpenPath("/proc/self/ns/net");
        var e = Assert.Throws<NamespaceTypeMismatchException>(() => handle.As<PidNamespace>());
        Assert.Equal(NamespaceType.Pid, e.Expected);
        Assert.Equal(NamespaceType.Net, e.Actual);
        Assert.Same(handle, handle.As<NetworkNamespace>());
    }

    [Fact]
    public void Kernel_answers_EINVAL_for_a_pid_request_on_a_mount_namespace_and_the_map_names_both_types()
    {
        // The typed API never sends this; issue it raw to prove the kernel's answer and its mapping.
        using var mnt = MountNamespace.OpenCurrent();
        Assert.Equal(-1, NativeCalls.Ioctl(mnt.SafeHandle, LinuxNsfs.NS_GET_PID_FROM_PIDNS, 1, out int errno));
        if (!KernelFeature.PidTranslationIoctls.IsPresent)
        {
            Assert.Equal(Errno.ENOTTY, errno); // A kernel without the request does not know it.
            return;
        }

        Assert.Equal(Errno.EINVAL, errno);
        var mapped = NsfsErrors.CreateException(errno, new ErrorContext(NsfsOperation.TranslatePid)
        {
            NamespaceType = NamespaceType.Mount,
            NamespaceInode = mnt.Inode,
            ExpectedType = NamespaceType.Pid,
        });
        var mismatch = Assert.IsType<NamespaceTypeMismatchException>(mapped);
        Assert.Equal(NamespaceType.Mount, mismatch.Actual);
    }

    [Fact]
    public void Owner_uid_of_a_uts_namespace_and_parent_of_a_uts_namespace_are_EINVAL()
    {
        // LTP ioctl_ns03 and ioctl_ns02.
        using var uts = UtsNamespace.OpenCurrent();
        Assert.Equal(-1, NativeCalls.Ioctl(uts.SafeHandle, LinuxNsfs.NS_GET_OWNER_UID, 0, out int ownerErrno));
        Assert.Equal(Errno.EINVAL, ownerErrno);
        Assert.Equal(-1, NativeCalls.Ioctl(uts.SafeHandle, LinuxNsfs.NS_GET_PARENT, 0, out int parentErrno));
        Assert.Equal(Errno.EINVAL, parentErrno);
        Assert.IsType<InvalidOperationException>(NsfsErrors.CreateException(parentErrno, new ErrorContext(NsfsOperation.GetParent)));
        Assert.Equal(-1, NativeCalls.Ioctl(uts.SafeHandle, LinuxNsfs.NS_GET_MNTNS_ID, 0, out int mntnsErrno));
        Assert.Equal(KernelFeature.MountNamespaceId.IsPresent ? Errno.EINVAL : Errno.ENOTTY, mntnsErrno);
    }

    [Fact]
    public void Files_that_are_not_namespaces_are_rejected()
    {
        string file = Path.GetTempFileName();
        try
        {
            var e = Assert.Throws<NotANamespaceException>(() => NamespaceHandle.OpenPath(file));
            Assert.Equal(file, e.Path);
        }
        finally
        {
            File.Delete(file);
        }

        Assert.Throws<NotANamespaceException>(() => NamespaceHandle.OpenPath("/proc"));
        Assert.Throws<FileNotFoundException>(() => NamespaceHandle.OpenPath("/nonexistent/ns"));

        // LTP ioctl_ns07: NS_GET_* on a directory is ENOTTY, which the map reports as "not a namespace".
        int fd = NativeCalls.Open("/proc", out _);
        Assert.Equal(-1, Libc.IoctlRaw(fd, LinuxNsfs.NS_GET_NSTYPE, 0));
        int errno = System.Runtime.InteropServices.Marshal.GetLastPInvokeError();
        Libc.Close(fd);
        Assert.Equal(Errno.ENOTTY, errno);
        Assert.IsType<NotANamespaceException>(NsfsErrors.CreateException(errno, new ErrorContext(NsfsOperation.GetNamespaceType) { Path = "/proc" }));
    }

    [Fact]
    public void A_fifo_is_not_a_namespace_and_opening_it_does_not_wait_for_a_writer()
    {
        var folder = Directory.CreateTempSubdirectory("nsfs-fifo-").FullName;
        var fifo = Path.Combine(folder, "ns");
        try
        {
            Fifo.Create(fifo);

            // One open, so no step to report: still unreturned after 30 s, it is waiting for a writer.
            Exception? thrown = null;
            var finished = Fifo.RunUnlessBlocked(fifo, (_, _) => thrown = Record.Exception(() => NamespaceHandle.OpenPath(fifo).Dispose()), TimeSpan.FromSeconds(30));

            Assert.True(finished, "opening a FIFO waited for a writer");
            Assert.Equal(fifo, Assert.IsType<NotANamespaceException>(thrown).Path);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Non_positive_pids_are_rejected_with_a_clear_message()
    {
        using var own = PidNamespace.OpenCurrent();
        foreach (int bad in new[] { 0, -1, int.MinValue })
        {
            var e = Assert.Throws<ArgumentOutOfRangeException>(() => own.TryGetPidFromNamespace(bad, out _));
            Assert.Contains("must be positive", e.Message, StringComparison.Ordinal);
            Assert.Throws<ArgumentOutOfRangeException>(() => own.GetPidInNamespace(bad));
            Assert.Throws<ArgumentOutOfRangeException>(() => NamespaceHandle.Open(bad, NamespaceType.Pid));
            Assert.Throws<ArgumentOutOfRangeException>(() => PidFd.Open(bad));
        }
    }

    [Fact]
    public void Opening_the_namespace_of_a_missing_process_is_not_visible()
    {
        int missing = ProcFacts.NeverAPid;
        var e = Assert.Throws<PidNotVisibleException>(() => PidNamespace.Open(missing));
        Assert.Equal(missing, e.Pid);
        Assert.Contains($"/proc/{missing}/ns/pid", e.Message, StringComparison.Ordinal);
        Assert.False(PidNamespace.TryGetInitPidOfProcess(missing, out _));
        Assert.False(PidFd.TryOpen(missing, out _));
        Assert.Throws<PidNotVisibleException>(() => PidFd.Open(missing));
    }
}
