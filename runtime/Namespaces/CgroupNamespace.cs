namespace Nsfs;

/// <summary>A cgroup namespace.</summary>
public sealed class CgroupNamespace : NamespaceHandle<CgroupNamespace>, ITypedNamespace
{
    internal CgroupNamespace(SafeNamespaceHandle handle, NamespaceIdentity? identity, string? path)
        : base(handle, identity, path)
    {
    }

    /// <inheritdoc />
    static NamespaceType ITypedNamespace.NamespaceType => NamespaceType.Cgroup;
}
