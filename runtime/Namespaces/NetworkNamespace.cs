using Nsfs.SafeHandles;
using Nsfs.Uapi;

namespace Nsfs;

/// <summary>A network namespace.</summary>
public sealed class NetworkNamespace : NamespaceHandle, ITypedNamespace
{
    internal NetworkNamespace(SafeNamespaceHandle handle, NamespaceIdentity? identity, string? path)
        : base(handle, NamespaceType.Net, identity, path)
    {
    }

    /// <inheritdoc />
    public static NamespaceType Kind => NamespaceType.Net;

    /// <summary>Opens the network namespace of process <paramref name="pid"/>.</summary>
    /// <param name="pid">A pid in the caller's pid namespace.</param>
    /// <returns>The handle.</returns>
    public static NetworkNamespace Open(int pid) => NamespaceHandle.Open(pid, NamespaceType.Net).As<NetworkNamespace>();

    /// <summary>Opens the caller's own network namespace.</summary>
    /// <returns>The handle.</returns>
    public static NetworkNamespace OpenCurrent() => NamespaceHandle.OpenCurrent(NamespaceType.Net).As<NetworkNamespace>();
}
