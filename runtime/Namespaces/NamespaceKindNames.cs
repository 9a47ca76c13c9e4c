// One source for the namespace-kind vocabulary: compiled into the runtime (Nsfs) and linked into
// the analyzers (Nsfs.Analyzers), which cannot reference the runtime.
#if NSFS_ANALYZERS
namespace Nsfs.Analyzers.Facts;
#else
namespace Nsfs;
#endif

/// <summary>How one namespace kind is spelled in each vocabulary.</summary>
/// <param name="TypeMember">The member of <c>Nsfs.Uapi.NamespaceType</c> (its <c>CLONE_NEW*</c> value).</param>
/// <param name="ProcName">The file name under <c>/proc/&lt;pid&gt;/ns/</c>, the lsns type and the <c>.facts</c> <c>ns=</c> name.</param>
/// <param name="TypedClass">The typed handle class in namespace <c>Nsfs</c>.</param>
/// <param name="Description">How messages name the kind (<c>mount</c>, not <c>mnt</c>).</param>
internal readonly record struct NamespaceKindName(string TypeMember, string ProcName, string TypedClass, string Description);

/// <summary>Every namespace kind, in the order lsns lists them.</summary>
internal static class NamespaceKindNames
{
    public static readonly NamespaceKindName[] All =
    {
        new("Mount", "mnt", "MountNamespace", "mount"),
        new("Net", "net", "NetworkNamespace", "network"),
        new("Pid", "pid", "PidNamespace", "pid"),
        new("Uts", "uts", "UtsNamespace", "uts"),
        new("Ipc", "ipc", "IpcNamespace", "ipc"),
        new("User", "user", "UserNamespace", "user"),
        new("Cgroup", "cgroup", "CgroupNamespace", "cgroup"),
        new("Time", "time", "TimeNamespace", "time"),
    };
}
