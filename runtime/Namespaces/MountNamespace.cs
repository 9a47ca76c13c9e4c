namespace Nsfs;

/// <summary>A mount namespace. Mount namespaces are ordered by id and can be walked (Linux 6.12+).</summary>
public sealed class MountNamespace : NamespaceHandle<MountNamespace>, ITypedNamespace
{
    internal MountNamespace(SafeNamespaceHandle handle, NamespaceIdentity? identity, string? path)
        : base(handle, identity, path)
    {
    }

    /// <inheritdoc />
    static NamespaceType ITypedNamespace.NamespaceType => NamespaceType.Mount;

    /// <summary>
    /// The information the kernel filled in when this handle came from NS_MNT_GET_NEXT/PREV, or
    /// <see langword="null"/> for handles opened otherwise (use <see cref="GetInfo"/>).
    /// </summary>
    public MountNamespaceInfo? IterationInfo { get; private set; }

    /// <summary>The mount namespace id (NS_GET_MNTNS_ID, Linux 6.11+; equal to <see cref="NamespaceHandle.GetId"/> from 6.18).</summary>
    /// <returns>The id.</returns>
    /// <exception cref="PlatformNotSupportedException">The kernel predates NS_GET_MNTNS_ID (Linux 6.11).</exception>
    /// <exception cref="ObjectDisposedException">The handle is disposed.</exception>
    public unsafe ulong GetMountNamespaceId()
    {
        ulong id = 0;
        IoctlOrThrow(LinuxNsfs.NS_GET_MNTNS_ID, (nint)(&id), NsfsOperation.GetMountNamespaceId, NamespaceType.Mount);
        return id;
    }

    /// <summary>The namespace's id and mount count (NS_MNT_GET_INFO, Linux 6.12+).</summary>
    /// <returns>The information.</returns>
    /// <exception cref="PlatformNotSupportedException">The kernel predates NS_MNT_GET_INFO (Linux 6.12).</exception>
    /// <exception cref="ObjectDisposedException">The handle is disposed.</exception>
    public unsafe MountNamespaceInfo GetInfo()
    {
        var info = new mnt_ns_info { size = (uint)sizeof(mnt_ns_info) };
        IoctlOrThrow(LinuxNsfs.NS_MNT_GET_INFO, (nint)(&info), NsfsOperation.MountGetInfo, NamespaceType.Mount);
        return new MountNamespaceInfo(info.mnt_ns_id, info.nr_mounts);
    }

    /// <summary>Opens the mount namespace with the next higher id (NS_MNT_GET_NEXT), or returns null at the end.</summary>
    /// <returns>The next namespace the caller may see, or <see langword="null"/> (ENOENT).</returns>
    /// <exception cref="UnauthorizedAccessException">The kernel requires CAP_SYS_ADMIN in the initial PID namespace (EPERM; Linux 7.0 and stable 6.12+).</exception>
    /// <exception cref="PlatformNotSupportedException">The kernel predates NS_MNT_GET_NEXT (Linux 6.12).</exception>
    /// <exception cref="ObjectDisposedException">The handle is disposed.</exception>
    public MountNamespace? GetNext() => Step(LinuxNsfs.NS_MNT_GET_NEXT, NsfsOperation.MountGetNext);

    /// <summary>Opens the mount namespace with the next lower id (NS_MNT_GET_PREV), or returns null at the start.</summary>
    /// <returns>The previous namespace the caller may see, or <see langword="null"/> (ENOENT).</returns>
    /// <exception cref="UnauthorizedAccessException">As for <see cref="GetNext"/>.</exception>
    /// <exception cref="PlatformNotSupportedException">The kernel predates NS_MNT_GET_PREV (Linux 6.12).</exception>
    /// <exception cref="ObjectDisposedException">The handle is disposed.</exception>
    public MountNamespace? GetPrevious() => Step(LinuxNsfs.NS_MNT_GET_PREV, NsfsOperation.MountGetPrevious);

    /// <summary>
    /// Walks the mount namespaces after this one in id order (NS_MNT_GET_NEXT until ENOENT).
    /// Each yielded handle belongs to the caller, who should dispose it; the walk keeps its own
    /// reference to the current one, so disposing it early does not break the walk.
    /// </summary>
    /// <returns>The namespaces with higher ids, lowest first.</returns>
    /// <exception cref="UnauthorizedAccessException">As for <see cref="GetNext"/>, when the walk starts.</exception>
    /// <exception cref="ObjectDisposedException">The handle is disposed.</exception>
    public IEnumerable<MountNamespace> EnumerateNext() => Walk(this, forward: true);

    /// <summary>Walks the mount namespaces before this one in descending id order (NS_MNT_GET_PREV until ENOENT).</summary>
    /// <returns>The namespaces with lower ids, highest first.</returns>
    /// <exception cref="UnauthorizedAccessException">As for <see cref="GetNext"/>, when the walk starts.</exception>
    /// <exception cref="ObjectDisposedException">The handle is disposed.</exception>
    public IEnumerable<MountNamespace> EnumeratePrevious() => Walk(this, forward: false);

    private static IEnumerable<MountNamespace> Walk(MountNamespace start, bool forward)
    {
        // The walk holds a reference count on the handle it steps from and issues the request on
        // the raw fd, so a caller that disposes a yielded handle before asking for the next one
        // neither closes the fd under the walk nor makes the walk throw.
        nuint request = forward ? LinuxNsfs.NS_MNT_GET_NEXT : LinuxNsfs.NS_MNT_GET_PREV;
        var operation = forward ? NsfsOperation.MountGetNext : NsfsOperation.MountGetPrevious;
        MountNamespace current = start;
        bool added = false;
        current.SafeHandle.DangerousAddRef(ref added);
        try
        {
            while (true)
            {
                var next = current.Step(current.SafeHandle.FileDescriptor, request, operation);
                if (next is null)
                {
                    yield break;
                }

                bool nextAdded = false;
                next.SafeHandle.DangerousAddRef(ref nextAdded);
                if (added)
                {
                    current.SafeHandle.DangerousRelease();
                }

                current = next;
                added = nextAdded;
                yield return next;
            }
        }
        finally
        {
            if (added)
            {
                current.SafeHandle.DangerousRelease();
            }
        }
    }

    private MountNamespace? Step(nuint request, NsfsOperation operation)
    {
        bool added = false;
        SafeHandle.DangerousAddRef(ref added);
        try
        {
            return Step(SafeHandle.FileDescriptor, request, operation);
        }
        finally
        {
            if (added)
            {
                SafeHandle.DangerousRelease();
            }
        }
    }

    /// <summary>NS_MNT_GET_NEXT/PREV on <paramref name="fd"/>, which the caller keeps open by holding a reference.</summary>
    private unsafe MountNamespace? Step(int fd, nuint request, NsfsOperation operation)
    {
        // Always pass a buffer: the kernel's 7.0-era rewrite of these requests dropped the NULL check.
        var info = new mnt_ns_info { size = (uint)sizeof(mnt_ns_info) };
        int result = NativeCalls.Ioctl(fd, request, (nint)(&info), out int errno);

        if (result < 0)
        {
            return NsfsErrors.Classify(errno, operation) == ErrorOutcome.EndOfList
                ? null
                : throw NsfsErrors.CreateException(errno, Context(operation, expected: NamespaceType.Mount));
        }

        var next = (MountNamespace)Adopt(new SafeNamespaceHandle(result, ownsHandle: true), null);
        next.IterationInfo = new MountNamespaceInfo(info.mnt_ns_id, info.nr_mounts);
        return next;
    }
}
