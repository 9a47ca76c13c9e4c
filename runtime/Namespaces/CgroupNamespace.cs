using Nsfs.SafeHandles;
using Nsfs.Uapi;

namespace Nsfs;

/// <summary>A cgroup namespace.</summary>
public sealed class CgroupNamespace : NamespaceHandle, ITypedNamespace
{
    internal CgroupNamespace(SafeNamespaceHandle handle, NamespaceIdentity? identity, string? path)
        : base(handle, NamespaceType.Cgroup, identity, path)
    {
    }

    /// <inheritdoc />
    public static NamespaceType Kind => NamespaceType.Cgroup;

    /// <summary>Opens the cgroup namespace of process <paramref name="pid"/>.</summary>
    /// <param name="pid">A pid in the caller's pid namespace.</param>
    /// <returns>The handle.</returns>
    public static CgroupNamespace Open(int pid) => NamespaceHandle.Open(pid, NamespaceType.Cgroup).As<CgroupNamespace>();

    /// <summary>Opens the caller's own cgroup namespace.</summary>
    /// <returns>The handle.</returns>
    public static CgroupNamespace OpenCurrent() => NamespaceHandle.OpenCurrent(NamespaceType.Cgroup).As<CgroupNamespace>();
}
