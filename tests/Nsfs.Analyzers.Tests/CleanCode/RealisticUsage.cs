// Correct nsfs usage, typed and raw, that the analyzers must leave alone. Compiled by
// Repository/CleanCodeTests against the runtime; any NSFS diagnostic here is a false positive.
using System.Runtime.InteropServices;
using Nsfs;
using Nsfs.Uapi;

namespace CleanCode;

internal static unsafe class RawIoctls
{
    private const int O_RDONLY = 0;

    [DllImport("libc", SetLastError = true)]
    private static extern int ioctl(int fd, nuint request, nint arg);

    [DllImport("libc", SetLastError = true)]
    private static extern int open(string path, int flags);

    [DllImport("libc", SetLastError = true)]
    private static extern int close(int fd);

    /// <summary>LXCFS's one call: the host pid of a PID namespace's init, or null when it is gone.</summary>
    public static int? InitOf(int pidnsFd)
    {
        int pid = ioctl(pidnsFd, LinuxNsfs.NS_GET_PID_FROM_PIDNS, 1);
        return pid < 0 ? null : pid;
    }

    public static uint OwnerOfCurrentUserNamespace()
    {
        int fd = open("/proc/self/ns/user", O_RDONLY);
        try
        {
            uint uid;
            return ioctl(fd, LinuxNsfs.NS_GET_OWNER_UID, (nint)(&uid)) < 0 ? throw new IOException("NS_GET_OWNER_UID") : uid;
        }
        finally
        {
            close(fd);
        }
    }

    public static (ulong Id, uint Mounts) MountInfo()
    {
        int fd = open("/proc/self/ns/mnt", O_RDONLY);
        try
        {
            ulong id;
            var info = new mnt_ns_info { size = (uint)sizeof(mnt_ns_info) };
            if (ioctl(fd, LinuxNsfs.NS_GET_MNTNS_ID, (nint)(&id)) < 0 || ioctl(fd, LinuxNsfs.NS_MNT_GET_INFO, (nint)(&info)) < 0)
            {
                throw new IOException("mount namespace ioctls");
            }

            return (id, info.nr_mounts);
        }
        finally
        {
            close(fd);
        }
    }

    public static int TypeOf(int fd)
    {
        int type = ioctl(fd, LinuxNsfs.NS_GET_NSTYPE, 0);
        return type < 0 ? 0 : type;
    }

    /// <summary>A cross-architecture tool prints other machines' encodings; it never issues them.</summary>
    public static string Table() => $"x64 {LinuxNsfs.X64.NS_GET_ID:x8}, ppc64le {LinuxNsfs.Ppc64le.NS_GET_ID:x8}";
}

internal static class TypedUsage
{
    public static int InitPid(int pid) => PidNamespace.GetInitPidOfProcess(pid);

    public static bool TryHostPid(PidNamespace ns, int inner, out int host) => ns.TryGetPidFromNamespace(inner, out host);

    public static string Describe(PidNamespace ns, int inner) =>
        ns.TryGetPidFromNamespace(inner, out int host) ? $"pid {inner} is {host} here" : $"pid {inner} is not visible";

    public static void TerminateInit(PidNamespace ns)
    {
        using PidRef init = ns.PinFromNamespace(1);
        init.TrySendSignal(15);
    }

    public static void TerminatePinned(PidNamespace ns, int inner)
    {
        int host = ns.GetPidFromNamespace(inner);
        using var pidfd = PidFd.Open(host);
        pidfd.SendSignal(15);
    }

    public static uint Owner(int pid)
    {
        using var user = UserNamespace.Open(pid);
        return user.GetOwnerUid();
    }

    public static int InitThroughGenericHandle(int pid)
    {
        using var handle = NamespaceHandle.Open(pid, NamespaceType.Pid);
        return handle.As<PidNamespace>().GetInitPid();
    }

    public static string Kind(string path)
    {
        using var handle = NamespaceHandle.OpenPath(path);
        return handle switch
        {
            PidNamespace pid => $"pid, init {pid.GetInitPid()}",
            MountNamespace mount => $"mount {mount.GetMountNamespaceId()}",
            _ => handle.ToString(),
        };
    }

    public static List<ulong> LaterMountNamespaces()
    {
        var ids = new List<ulong>();
        using var current = MountNamespace.OpenCurrent();
        foreach (var next in current.EnumerateNext())
        {
            using (next)
            {
                ids.Add(next.GetMountNamespaceId());
            }
        }

        return ids;
    }
}
