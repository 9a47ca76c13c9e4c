namespace Nsfs;

/// <summary>A IPC (System V IPC and POSIX message queue) namespace.</summary>
public sealed class IpcNamespace : NamespaceHandle<IpcNamespace>, ITypedNamespace
{
    internal IpcNamespace(SafeNamespaceHandle handle, NamespaceIdentity? identity, string? path)
        : base(handle, identity, path)
    {
    }

    /// <inheritdoc />
    static NamespaceType ITypedNamespace.NamespaceType => NamespaceType.Ipc;
}
