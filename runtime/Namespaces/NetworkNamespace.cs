namespace Nsfs;

/// <summary>A network namespace.</summary>
public sealed class NetworkNamespace : NamespaceHandle<NetworkNamespace>, ITypedNamespace
{
    internal NetworkNamespace(SafeNamespaceHandle handle, NamespaceIdentity? identity, string? path)
        : base(handle, identity, path)
    {
    }

    /// <inheritdoc />
    static NamespaceType ITypedNamespace.NamespaceType => NamespaceType.Net;
}
