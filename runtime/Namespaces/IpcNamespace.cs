using Nsfs.SafeHandles;
using Nsfs.Uapi;

namespace Nsfs;

/// <summary>A IPC (System V IPC and POSIX message queue) namespace.</summary>
public sealed class IpcNamespace : NamespaceHandle, ITypedNamespace
{
    internal IpcNamespace(SafeNamespaceHandle handle, NamespaceIdentity? identity, string? path)
        : base(handle, NamespaceType.Ipc, identity, path)
    {
    }

    /// <inheritdoc />
    public static NamespaceType Kind => NamespaceType.Ipc;

    /// <summary>Opens the IPC (System V IPC and POSIX message queue) namespace of process <paramref name="pid"/>.</summary>
    /// <param name="pid">A pid in the caller's pid namespace.</param>
    /// <returns>The handle.</returns>
    public static IpcNamespace Open(int pid) => NamespaceHandle.Open(pid, NamespaceType.Ipc).As<IpcNamespace>();

    /// <summary>Opens the caller's own IPC (System V IPC and POSIX message queue) namespace.</summary>
    /// <returns>The handle.</returns>
    public static IpcNamespace OpenCurrent() => NamespaceHandle.OpenCurrent(NamespaceType.Ipc).As<IpcNamespace>();
}
