using Nsfs.SafeHandles;
using Nsfs.Uapi;

namespace Nsfs;

/// <summary>A UTS (host and domain name) namespace.</summary>
public sealed class UtsNamespace : NamespaceHandle, ITypedNamespace
{
    internal UtsNamespace(SafeNamespaceHandle handle, NamespaceIdentity? identity, string? path)
        : base(handle, NamespaceType.Uts, identity, path)
    {
    }

    /// <inheritdoc />
    public static NamespaceType Kind => NamespaceType.Uts;

    /// <summary>Opens the UTS (host and domain name) namespace of process <paramref name="pid"/>.</summary>
    /// <param name="pid">A pid in the caller's pid namespace.</param>
    /// <returns>The handle.</returns>
    public static UtsNamespace Open(int pid) => NamespaceHandle.Open(pid, NamespaceType.Uts).As<UtsNamespace>();

    /// <summary>Opens the caller's own UTS (host and domain name) namespace.</summary>
    /// <returns>The handle.</returns>
    public static UtsNamespace OpenCurrent() => NamespaceHandle.OpenCurrent(NamespaceType.Uts).As<UtsNamespace>();
}
