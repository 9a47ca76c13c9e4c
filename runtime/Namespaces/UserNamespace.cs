using Nsfs.Errors;
using Nsfs.SafeHandles;
using Nsfs.Interop;
using Nsfs.Uapi;

namespace Nsfs;

/// <summary>A user namespace: owns every other namespace and maps uids and gids.</summary>
public sealed class UserNamespace : NamespaceHandle, ITypedNamespace
{
    internal UserNamespace(SafeNamespaceHandle handle, NamespaceIdentity? identity, string? path)
        : base(handle, NamespaceType.User, identity, path)
    {
    }

    /// <inheritdoc />
    public static NamespaceType Kind => NamespaceType.User;

    /// <summary>Opens the user namespace of process <paramref name="pid"/>.</summary>
    /// <param name="pid">A pid in the caller's pid namespace.</param>
    /// <returns>The handle.</returns>
    public static UserNamespace Open(int pid) => NamespaceHandle.Open(pid, NamespaceType.User).As<UserNamespace>();

    /// <summary>Opens the caller's own user namespace.</summary>
    /// <returns>The handle.</returns>
    public static UserNamespace OpenCurrent() => NamespaceHandle.OpenCurrent(NamespaceType.User).As<UserNamespace>();

    /// <summary>Opens a user namespace file by path.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The handle.</returns>
    /// <exception cref="NamespaceTypeMismatchException">The file is another namespace type.</exception>
    public static new UserNamespace OpenPath(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return (UserNamespace)OpenFile(path, 0, NamespaceType.User);
    }

    /// <summary>
    /// The uid (in the caller's user namespace) of the process that created this namespace
    /// (NS_GET_OWNER_UID). An owner the caller cannot map reads as the overflow uid (65534).
    /// </summary>
    /// <returns>The owner uid.</returns>
    public unsafe uint GetOwnerUid()
    {
        uint uid = 0;
        NativeCalls.IoctlOrThrow(SafeHandle, LinuxNsfs.NS_GET_OWNER_UID, (nint)(&uid), Context(NsfsOperation.GetOwnerUid, expected: NamespaceType.User));
        return uid;
    }

    /// <summary>Opens the parent user namespace (NS_GET_PARENT).</summary>
    /// <returns>The parent.</returns>
    /// <exception cref="UnauthorizedAccessException">The parent is outside the caller's scope, or this is the initial namespace (EPERM).</exception>
    public UserNamespace GetParent() =>
        TryGetRelative(LinuxNsfs.NS_GET_PARENT, NsfsOperation.GetParent, throwOnEperm: true)!.As<UserNamespace>();

    /// <summary>Like <see cref="GetParent"/>, but returns <see langword="false"/> when the parent is outside the caller's scope.</summary>
    /// <param name="parent">The parent, when visible.</param>
    /// <returns>Whether the parent is visible.</returns>
    public bool TryGetParent([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out UserNamespace? parent)
    {
        parent = TryGetRelative(LinuxNsfs.NS_GET_PARENT, NsfsOperation.GetParent, throwOnEperm: false)?.As<UserNamespace>();
        return parent is not null;
    }
}
