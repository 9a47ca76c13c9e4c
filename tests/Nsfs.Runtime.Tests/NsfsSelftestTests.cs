using Nsfs.Interop;
using Nsfs.Runtime.Tests.Infrastructure;
using Nsfs.Uapi;

namespace Nsfs.Runtime.Tests;

/// <summary>Ports of tools/testing/selftests/nsfs/{owner,pidns}.c.</summary>
public sealed class NsfsSelftestTests
{
    [Fact]
    public void Owner_of_a_child_uts_namespace_is_its_user_namespace_then_ours_then_EPERM()
    {
        using var child = Unshare.Sleeper("--user", "--uts");
        using var uts = UtsNamespace.Open(child.TargetPid);
        using var childUser = uts.GetOwningUserNamespace();
        Assert.Equal(ProcFacts.NamespaceInode(child.TargetPid, "user"), childUser.Inode);

        using var initialUser = childUser.GetOwningUserNamespace();
        using var ownUser = UserNamespace.OpenCurrent();
        Assert.True(initialUser.IsSameNamespace(ownUser));

        Assert.Throws<UnauthorizedAccessException>(() => initialUser.GetOwningUserNamespace());
        Assert.False(initialUser.TryGetOwningUserNamespace(out var none));
        Assert.Null(none);

        // unshare --user maps nobody by default; the creator (us) is the owner.
        Assert.Equal(Privilege.EffectiveUid, childUser.GetOwnerUid());
    }

    [Fact]
    public void From_inside_a_new_user_namespace_the_old_namespaces_owners_are_EPERM()
    {
        Privilege.RequireUserNamespaces();
        using var child = Unshare.Sleeper("--user", "--uts");

        // The shell opens the two files (without O_CLOEXEC), then unshare --user runs the helper,
        // which inherits them: descriptors opened outside, used inside, as owner.c does.
        string helper = string.Join(' ', SpawnedProcess.HelperCommandLine("owner-outside", "3", "4"));
        using var run = SpawnedProcess.Start("sh", "-c", $"exec 3</proc/{child.TargetPid}/ns/uts 4</proc/self/ns/user; exec unshare --user {helper}");
        string output = run.Process.StandardOutput.ReadToEnd();
        run.Process.WaitForExit();
        var results = Helper.Outcome.Parse(output);
        Assert.StartsWith("UnauthorizedAccessException:", results["uts-owner"], StringComparison.Ordinal);
        Assert.StartsWith("UnauthorizedAccessException:", results["user-owner"], StringComparison.Ordinal);
        Assert.Equal("ok:False", results["try-user-owner"]);
    }

    [Fact]
    public void Parent_of_a_child_pid_and_user_namespace_is_ours_and_its_parent_is_EPERM()
    {
        using var child = Unshare.Sleeper("--user", "--pid", "--fork", "--kill-child");

        using var childPid = PidNamespace.Open(child.TargetPid);
        using var pidParent = childPid.GetParent();
        using var ownPid = PidNamespace.OpenCurrent();
        Assert.Equal(ownPid.Inode, pidParent.Inode);
        Assert.Throws<UnauthorizedAccessException>(() => pidParent.GetParent());

        using var childUser = UserNamespace.Open(child.TargetPid);
        using var userParent = childUser.GetParent();
        using var ownUser = UserNamespace.OpenCurrent();
        Assert.Equal(ownUser.Inode, userParent.Inode);
        var e = Assert.Throws<UnauthorizedAccessException>(() => userParent.GetParent());
        Assert.Contains("outside the caller's namespace scope", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Namespace_ids_are_nonzero_stable_and_the_mount_namespace_id_matches()
    {
        // selftests/namespaces/nsid_test.c, *_basic.
        using var mnt = MountNamespace.OpenCurrent();
        if (!KernelFeature.NamespaceIds.IsPresentElseUnsupported(() => mnt.GetId()))
        {
            // Before NS_GET_ID the mount namespace still has its own id (6.11) and info (6.12).
            if (KernelFeature.MountNamespaceId.IsPresentElseUnsupported(() => mnt.GetMountNamespaceId())
                && KernelFeature.MountIteration.IsPresentElseUnsupported(() => mnt.GetInfo()))
            {
                Assert.Equal(mnt.GetMountNamespaceId(), mnt.GetInfo().Id);
            }

            return;
        }

        foreach (var type in NamespaceTypeNames.All)
        {
            using var first = NamespaceHandle.OpenCurrent(type);
            using var second = NamespaceHandle.OpenCurrent(type);
            ulong id = first.GetId();
            Assert.NotEqual(0ul, id);
            Assert.Equal(id, first.GetId());
            Assert.Equal(id, second.GetId());
        }

        Assert.Equal(mnt.GetId(), mnt.GetMountNamespaceId());
        Assert.Equal(mnt.GetId(), mnt.GetInfo().Id);
    }

    [Fact]
    public void A_child_that_unshared_every_type_has_different_ids()
    {
        // nsid_test.c, *_separate.
        using var child = Unshare.Sleeper("--mount", "--uts", "--ipc", "--net", "--pid", "--cgroup", "--time", "--user", "--fork", "--kill-child");
        foreach (var type in NamespaceTypeNames.All)
        {
            using var own = NamespaceHandle.OpenCurrent(type);
            using var theirs = NamespaceHandle.Open(child.TargetPid, type);
            Assert.False(own.IsSameNamespace(theirs), type.ToString());
            if (KernelFeature.NamespaceIds.IsPresentElseUnsupported(() => own.GetId()))
            {
                Assert.NotEqual(own.GetId(), theirs.GetId());
            }
        }
    }

    [Fact]
    public void Network_namespace_id_equals_the_socket_netns_cookie()
    {
        // nsid_test.c, nsid_netns_basic: SO_NETNS_COOKIE (SOL_SOCKET, 71) is the net namespace id.
        using var socket = new System.Net.Sockets.Socket(System.Net.Sockets.AddressFamily.InterNetwork,
            System.Net.Sockets.SocketType.Dgram, System.Net.Sockets.ProtocolType.Udp);
        byte[] cookie = new byte[8];
        Assert.Equal(8, socket.GetRawSocketOption(1, 71, cookie));
        using var net = NetworkNamespace.OpenCurrent();
        if (KernelFeature.NamespaceIds.IsPresentElseUnsupported(() => net.GetId()))
        {
            Assert.Equal(BitConverter.ToUInt64(cookie), net.GetId());
        }
    }

    [Fact]
    public void Own_pid_translation_needs_no_privilege_beyond_the_handle()
    {
        // The strace test's EBADF half: a closed descriptor is EBADF, reported as ObjectDisposedException.
        Assert.Equal(-1, Libc.IoctlRaw(-1, LinuxNsfs.NS_GET_PID_IN_PIDNS, Libc.GetPid()));
        int errno = System.Runtime.InteropServices.Marshal.GetLastPInvokeError();
        Assert.Equal(Errno.EBADF, errno);
        Assert.IsType<ObjectDisposedException>(Errors.NsfsErrors.CreateException(errno, new Errors.ErrorContext(Errors.NsfsOperation.TranslatePid)));
    }
}
