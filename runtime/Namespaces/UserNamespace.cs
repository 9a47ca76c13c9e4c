namespace Nsfs;

/// <summary>A user namespace: owns every other namespace and maps uids and gids.</summary>
public sealed class UserNamespace : NamespaceHandle<UserNamespace>, ITypedNamespace
{
    internal UserNamespace(SafeNamespaceHandle handle, NamespaceIdentity? identity, string? path)
        : base(handle, identity, path)
    {
    }

    /// <inheritdoc />
    static NamespaceType ITypedNamespace.NamespaceType => NamespaceType.User;

    /// <summary>
    /// The uid (in the caller's user namespace) of the process that created this namespace
    /// (NS_GET_OWNER_UID). An owner the caller cannot map reads as the overflow uid (65534).
    /// </summary>
    /// <returns>The owner uid.</returns>
    /// <exception cref="ObjectDisposedException">The handle is disposed.</exception>
    public unsafe uint GetOwnerUid()
    {
        uint uid = 0;
        IoctlOrThrow(LinuxNsfs.NS_GET_OWNER_UID, (nint)(&uid), NsfsOperation.GetOwnerUid, NamespaceType.User);
        return uid;
    }

    /// <summary>Opens the parent user namespace (NS_GET_PARENT).</summary>
    /// <returns>The parent.</returns>
    /// <exception cref="UnauthorizedAccessException">The parent is outside the caller's scope, or this is the initial namespace (EPERM).</exception>
    /// <exception cref="ObjectDisposedException">The handle is disposed.</exception>
    public UserNamespace GetParent() =>
        TryGetRelative(LinuxNsfs.NS_GET_PARENT, NsfsOperation.GetParent, throwOnEperm: true)!.As<UserNamespace>();

    /// <summary>Like <see cref="GetParent"/>, but returns <see langword="false"/> when the parent is outside the caller's scope.</summary>
    /// <param name="parent">The parent, when visible.</param>
    /// <returns>Whether the parent is visible.</returns>
    /// <exception cref="ObjectDisposedException">The handle is disposed.</exception>
    public bool TryGetParent([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out UserNamespace? parent)
    {
        parent = TryGetRelative(LinuxNsfs.NS_GET_PARENT, NsfsOperation.GetParent, throwOnEperm: false)?.As<UserNamespace>();
        return parent is not null;
    }
}
