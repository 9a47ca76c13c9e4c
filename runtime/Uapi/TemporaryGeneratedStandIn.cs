// TEMPORARY: stands in for the code the Nsfs generator will emit from headers/linux/{nsfs,pidfd,sched}.h.
// It holds only the members the runtime uses, in the generated shape, with the x64 values
// (domain.md §1.2). Delete this file when the generator is wired in through <NsfsHeader> items;
// nothing else may be computed from it.
#pragma warning disable CS1591, CA1008, CA1028, CA1051, CA1711, CA1815, CA1720, IDE1006
namespace Nsfs.Uapi;

public static partial class LinuxNsfs
{
    public static readonly uint NS_GET_USERNS = 0xb701, NS_GET_PARENT = 0xb702, NS_GET_NSTYPE = 0xb703,
        NS_GET_OWNER_UID = 0xb704, NS_GET_MNTNS_ID = 0x8008b705,
        NS_GET_PID_FROM_PIDNS = 0x8004b706, NS_GET_TGID_FROM_PIDNS = 0x8004b707,
        NS_GET_PID_IN_PIDNS = 0x8004b708, NS_GET_TGID_IN_PIDNS = 0x8004b709,
        NS_MNT_GET_INFO = 0x8010b70a, NS_MNT_GET_NEXT = 0x8010b70b, NS_MNT_GET_PREV = 0x8010b70c,
        NS_GET_ID = 0x8008b70d;
    public const int NSIO = 0xb7;
    public const int MNT_NS_INFO_SIZE_VER0 = 16;
}

public struct mnt_ns_info
{
    public uint size;
    public uint nr_mounts;
    public ulong mnt_ns_id;
}

public static partial class LinuxPidfd
{
    public static readonly uint PIDFD_GET_CGROUP_NAMESPACE = 0xff01, PIDFD_GET_IPC_NAMESPACE = 0xff02,
        PIDFD_GET_MNT_NAMESPACE = 0xff03, PIDFD_GET_NET_NAMESPACE = 0xff04, PIDFD_GET_PID_NAMESPACE = 0xff05,
        PIDFD_GET_PID_FOR_CHILDREN_NAMESPACE = 0xff06, PIDFD_GET_TIME_NAMESPACE = 0xff07,
        PIDFD_GET_TIME_FOR_CHILDREN_NAMESPACE = 0xff08, PIDFD_GET_USER_NAMESPACE = 0xff09,
        PIDFD_GET_UTS_NAMESPACE = 0xff0a, PIDFD_GET_INFO = 0xc058ff0b;
    public const uint PIDFD_INFO_PID = 1, PIDFD_INFO_CREDS = 2, PIDFD_INFO_CGROUPID = 4, PIDFD_INFO_EXIT = 8, PIDFD_INFO_COREDUMP = 16;
    public const int PIDFD_INFO_SIZE_VER0 = 64;
    public const uint PIDFD_SIGNAL_THREAD = 1, PIDFD_SIGNAL_THREAD_GROUP = 2, PIDFD_SIGNAL_PROCESS_GROUP = 4;
}

public struct pidfd_info
{
    public ulong mask;
    public ulong cgroupid;
    public uint pid, tgid, ppid, ruid, rgid, euid, egid, suid, sgid, fsuid, fsgid;
    public int exit_code;
    public uint coredump_mask, coredump_signal, coredump_code, coredump_pad;
    public ulong supported_mask;
}

public static partial class LinuxSched
{
    public const uint CLONE_NEWNS = 0x00020000, CLONE_NEWCGROUP = 0x02000000, CLONE_NEWUTS = 0x04000000, CLONE_NEWIPC = 0x08000000,
        CLONE_NEWUSER = 0x10000000, CLONE_NEWPID = 0x20000000, CLONE_NEWNET = 0x40000000, CLONE_NEWTIME = 0x00000080;
}

public enum NamespaceType : uint
{
    Mount = 0x00020000, Cgroup = 0x02000000, Uts = 0x04000000, Ipc = 0x08000000,
    User = 0x10000000, Pid = 0x20000000, Net = 0x40000000, Time = 0x00000080,
}
