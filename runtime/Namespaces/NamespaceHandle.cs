namespace Nsfs;

/// <summary>
/// An open namespace file of any type. Instances are always of the typed subclass matching the
/// kernel's answer to NS_GET_NSTYPE (<see cref="PidNamespace"/>, <see cref="MountNamespace"/>, …),
/// so <c>handle is PidNamespace</c> or <see cref="As{T}"/> recovers the typed API.
/// </summary>
/// <remarks>
/// Handles are safe to use from many threads at once. Disposing one while another thread is inside
/// a call is safe too: the descriptor is closed when the last call using it returns, and later calls
/// throw <see cref="ObjectDisposedException"/>.
/// </remarks>
public abstract class NamespaceHandle : IDisposable
{
    private NamespaceIdentity _identity;
    private volatile bool _identityKnown;

    private protected NamespaceHandle(SafeNamespaceHandle handle, NamespaceType type, NamespaceIdentity? identity, string? path)
    {
        SafeHandle = handle;
        NamespaceType = type;
        Path = path;
        if (identity is { } known)
        {
            _identity = known;
            _identityKnown = true;
        }
    }

    /// <summary>The descriptor, for interop (for example <c>setns</c>). It stays owned by this object.</summary>
    public SafeNamespaceHandle SafeHandle { get; }

    /// <summary>The namespace type (from NS_GET_NSTYPE, or the <c>/proc/&lt;pid&gt;/ns/</c> name it was opened by).</summary>
    public NamespaceType NamespaceType { get; }

    /// <summary>The (device, inode) identity of the namespace.</summary>
    /// <remarks>
    /// Handles opened by pid (<see cref="Open"/>, <see cref="OpenCurrent"/>) read it with one
    /// <c>statx</c> on first use, so a one-shot open-translate-close pays no system call it does not
    /// need; read it before disposing the handle if it is wanted afterwards.
    /// </remarks>
    /// <exception cref="ObjectDisposedException">First read after the handle was disposed.</exception>
    public NamespaceIdentity Identity
    {
        get
        {
            if (!_identityKnown)
            {
                // Concurrent first readers stat the same descriptor and store the same value.
                _identity = NativeCalls.Stat(SafeHandle, new ErrorContext(NsfsOperation.Stat) { Path = Path });
                _identityKnown = true;
            }

            return _identity;
        }
    }

    /// <summary>The nsfs inode number (the number lsns and readlink show).</summary>
    /// <exception cref="ObjectDisposedException">First read of the identity after the handle was disposed.</exception>
    public ulong Inode => Identity.Inode;

    /// <summary>The path the handle was opened from, or <see langword="null"/> when it came from an ioctl or a raw descriptor.</summary>
    public string? Path { get; }

    /// <summary>Opens the namespace of type <paramref name="type"/> that process <paramref name="pid"/> is in (<c>/proc/&lt;pid&gt;/ns/&lt;type&gt;</c>).</summary>
    /// <param name="pid">A pid in the caller's pid namespace.</param>
    /// <param name="type">The namespace type.</param>
    /// <returns>The typed handle.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pid"/> is not positive, or <paramref name="type"/> is not a single namespace type.</exception>
    /// <exception cref="PidNotVisibleException">There is no such process, or it is exiting and has given up its namespaces.</exception>
    /// <exception cref="UnauthorizedAccessException">The caller may not ptrace-read the process (EACCES).</exception>
    /// <exception cref="PlatformNotSupportedException">The kernel has no namespaces of type <paramref name="type"/>.</exception>
    /// <exception cref="NsfsException">procfs is not mounted at <c>/proc</c>, or another system error.</exception>
    public static NamespaceHandle Open(int pid, NamespaceType type)
    {
        Validation.ThrowIfNotPositivePid(pid, nameof(pid));
        string path = string.Create(CultureInfo.InvariantCulture, $"/proc/{pid}/ns/{NamespaceTypeNames.GetProcName(type)}");
        return OpenProcLink(path, pid, type);
    }

    /// <summary>Opens the caller's own namespace of type <paramref name="type"/> (<c>/proc/self/ns/&lt;type&gt;</c>).</summary>
    /// <param name="type">The namespace type.</param>
    /// <returns>The typed handle.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is not a single namespace type.</exception>
    /// <exception cref="PlatformNotSupportedException">The kernel has no namespaces of type <paramref name="type"/>.</exception>
    /// <exception cref="NsfsException">procfs is not mounted at <c>/proc</c>, or another system error.</exception>
    public static NamespaceHandle OpenCurrent(NamespaceType type) =>
        OpenProcLink("/proc/self/ns/" + NamespaceTypeNames.GetProcName(type), 0, type);

    /// <summary>Opens a namespace file by path (a <c>/proc</c> link or a bind mount such as <c>/run/netns/x</c>).</summary>
    /// <param name="path">The file.</param>
    /// <returns>The typed handle.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="NotANamespaceException">The file is not an nsfs file.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="UnauthorizedAccessException">Access is denied.</exception>
    public static NamespaceHandle OpenPath(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return OpenFile(path, null);
    }

    /// <summary>Wraps a descriptor obtained elsewhere (inherited, received over a socket, …), checking that it is a namespace.</summary>
    /// <param name="fd">The descriptor (0 is valid).</param>
    /// <param name="ownsHandle">Whether disposing the result closes <paramref name="fd"/>.</param>
    /// <returns>The typed handle.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fd"/> is negative.</exception>
    /// <exception cref="NotANamespaceException">The descriptor is not an nsfs file.</exception>
    /// <exception cref="ObjectDisposedException">The descriptor is not open (EBADF).</exception>
    public static NamespaceHandle FromFileDescriptor(int fd, bool ownsHandle)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(fd);
        return Adopt(new SafeNamespaceHandle(fd, ownsHandle), null);
    }

    /// <summary>Returns this handle as the typed namespace <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The expected namespace class, e.g. <see cref="PidNamespace"/>.</typeparam>
    /// <returns>This object, typed.</returns>
    /// <exception cref="NamespaceTypeMismatchException">The namespace has another type; the message names both.</exception>
    public T As<T>()
        where T : NamespaceHandle, ITypedNamespace =>
        this as T ?? throw new NamespaceTypeMismatchException(T.NamespaceType, NamespaceType, InodeIfKnown(), Path);

    /// <summary>Whether both handles refer to the same namespace (same nsfs device and inode).</summary>
    /// <param name="other">Another handle.</param>
    /// <returns><see langword="true"/> for the same namespace.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ObjectDisposedException">Either handle was disposed before its identity was read.</exception>
    public bool IsSameNamespace(NamespaceHandle other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Identity == other.Identity;
    }

    /// <summary>
    /// The namespace id (NS_GET_ID, Linux 6.18+): unique for the boot. Ids are handed out in per-CPU
    /// batches, so their order is not creation order.
    /// </summary>
    /// <returns>The id.</returns>
    /// <exception cref="PlatformNotSupportedException">The kernel predates NS_GET_ID.</exception>
    /// <exception cref="ObjectDisposedException">The handle is disposed.</exception>
    public unsafe ulong GetId()
    {
        ulong id = 0;
        IoctlOrThrow(LinuxNsfs.NS_GET_ID, (nint)(&id), NsfsOperation.GetId);
        return id;
    }

    /// <summary>Like <see cref="GetId"/>, but returns <see langword="false"/> on kernels without NS_GET_ID.</summary>
    /// <param name="id">The id, or 0.</param>
    /// <returns>Whether the kernel reported an id.</returns>
    /// <exception cref="ObjectDisposedException">The handle is disposed.</exception>
    public unsafe bool TryGetId(out ulong id)
    {
        ulong value = 0;
        int result = NativeCalls.Ioctl(SafeHandle, LinuxNsfs.NS_GET_ID, (nint)(&value), out int errno);
        if (result >= 0)
        {
            id = value;
            return true;
        }

        id = 0;
        return errno == Errno.ENOTTY ? false : throw NsfsErrors.CreateException(errno, Context(NsfsOperation.GetId));
    }

    /// <summary>Opens the user namespace that owns this namespace (NS_GET_USERNS).</summary>
    /// <returns>The owning user namespace; for a user namespace, its parent.</returns>
    /// <exception cref="UnauthorizedAccessException">The owner is outside the caller's namespace scope (EPERM).</exception>
    /// <exception cref="ObjectDisposedException">The handle is disposed.</exception>
    public UserNamespace GetOwningUserNamespace() =>
        TryGetRelative(LinuxNsfs.NS_GET_USERNS, NsfsOperation.GetUserNamespace, throwOnEperm: true)!.As<UserNamespace>();

    /// <summary>Like <see cref="GetOwningUserNamespace"/>, but returns <see langword="false"/> when the owner is outside the caller's scope.</summary>
    /// <param name="owner">The owning user namespace, when visible.</param>
    /// <returns>Whether the owner is visible.</returns>
    /// <exception cref="ObjectDisposedException">The handle is disposed.</exception>
    public bool TryGetOwningUserNamespace([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out UserNamespace? owner)
    {
        owner = TryGetRelative(LinuxNsfs.NS_GET_USERNS, NsfsOperation.GetUserNamespace, throwOnEperm: false)?.As<UserNamespace>();
        return owner is not null;
    }

    /// <summary>Closes the descriptor (deferred until calls in progress on other threads return).</summary>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the descriptor.</summary>
    /// <param name="disposing">Whether called from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            SafeHandle.Dispose();
        }
    }

    /// <summary>
    /// The readlink form, e.g. <c>pid:[4026531836]</c>, once the identity is known; before that
    /// (a handle opened by pid whose <see cref="Identity"/> was never read) the inode shows as
    /// <c>?</c>. Never does I/O and never throws, also after <see cref="Dispose()"/>.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString() => NamespaceTypeNames.Describe(NamespaceType, _identityKnown ? _identity.Inode : null);

    /// <summary>Opens a namespace file and checks its type when one is expected.</summary>
    internal static NamespaceHandle OpenFile(string path, NamespaceType? expected)
    {
        int fd = NativeCalls.Open(path, out int errno);
        if (fd < 0)
        {
            throw NsfsErrors.CreateException(errno, new ErrorContext(NsfsOperation.OpenPath) { Path = path, NamespaceType = expected });
        }

        var handle = Adopt(new SafeNamespaceHandle(fd, ownsHandle: true), path);
        if (expected is { } type && handle.NamespaceType != type)
        {
            handle.Dispose();
            throw new NamespaceTypeMismatchException(type, handle.NamespaceType, handle.InodeIfKnown(), path);
        }

        return handle;
    }

    /// <summary>
    /// Opens <c>/proc/&lt;pid&gt;/ns/&lt;type&gt;</c>. procfs only links those names to nsfs files of
    /// that very type, so neither the nsfs check nor NS_GET_NSTYPE is needed (systemd's
    /// namespace_open trusts the same links); the identity is read when first asked for.
    /// </summary>
    private static NamespaceHandle OpenProcLink(string path, int pid, NamespaceType type)
    {
        int fd = NativeCalls.Open(path, out int errno);
        if (fd < 0)
        {
            throw ProcLinkFailure(errno, path, pid, type);
        }

        return Create(new SafeNamespaceHandle(fd, ownsHandle: true), type, identity: null, path);
    }

    /// <summary>Validates a fresh descriptor (nsfs device, NS_GET_NSTYPE) and wraps it in the typed class; disposes it on failure.</summary>
    internal static NamespaceHandle Adopt(SafeNamespaceHandle handle, string? path)
    {
        try
        {
            var statContext = new ErrorContext(NsfsOperation.Stat) { Path = path };
            var identity = NativeCalls.Stat(handle, statContext);

            // Foreign drivers may give 0xb7 commands their own meaning, so NS_GET_NSTYPE is only
            // issued on files of the nsfs file system (systemd's fd_is_namespace does the same).
            if (KernelSupport.NsfsDevice is { } nsfsDevice && identity.Device != nsfsDevice)
            {
                throw new NotANamespaceException(path, 0, $"{path ?? "The file descriptor"} is not an nsfs namespace file (another file system).");
            }

            int type = NativeCalls.Ioctl(handle, LinuxNsfs.NS_GET_NSTYPE, 0, out int errno);
            return type >= 0
                ? Create(handle, (NamespaceType)type, identity, path)
                : throw NsfsErrors.CreateException(errno, new ErrorContext(NsfsOperation.GetNamespaceType) { Path = path, NamespaceInode = identity.Inode });
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    /// <summary>Issues an fd-returning request (NS_GET_USERNS, NS_GET_PARENT) and wraps the result; null on EPERM when asked.</summary>
    private protected NamespaceHandle? TryGetRelative(nuint request, NsfsOperation operation, bool throwOnEperm)
    {
        int fd = NativeCalls.Ioctl(SafeHandle, request, 0, out int errno);
        if (fd >= 0)
        {
            return Adopt(new SafeNamespaceHandle(fd, ownsHandle: true), null);
        }

        return errno == Errno.EPERM && !throwOnEperm ? null : throw NsfsErrors.CreateException(errno, Context(operation));
    }

    /// <summary>The error context naming this namespace.</summary>
    /// <summary>
    /// Issues <paramref name="request"/> on this handle and throws the mapped exception on failure. The
    /// error's context, whose inode may cost a statx on a handle opened by pid, is built only then.
    /// </summary>
    private protected int IoctlOrThrow(nuint request, nint arg, NsfsOperation operation, NamespaceType? expected = null)
    {
        int result = NativeCalls.Ioctl(SafeHandle, request, arg, out int errno);
        return result >= 0 ? result : throw NsfsErrors.CreateException(errno, Context(operation, expected: expected));
    }

    private protected ErrorContext Context(NsfsOperation operation, int pid = 0, NamespaceType? expected = null) =>
        new(operation)
        {
            Path = Path,
            Pid = pid,
            NamespaceType = NamespaceType,
            NamespaceInode = InodeIfKnown(),
            ExpectedType = expected,
            ObjectName = GetType().Name,
        };

    /// <summary>
    /// The inode for messages: read (one statx) while the handle is open, 0 when it cannot be
    /// read any more, so building an exception never throws another one.
    /// </summary>
    private protected ulong InodeIfKnown()
    {
        if (!_identityKnown && !SafeHandle.IsClosed)
        {
            try
            {
                return Inode;
            }
            catch (Exception exception) when (exception is NsfsException or ObjectDisposedException)
            {
                return 0;
            }
        }

        return _identityKnown ? _identity.Inode : 0;
    }

    private static Exception ProcLinkFailure(int errno, string path, int pid, NamespaceType type)
    {
        // ENOENT under /proc/<pid>/ns/ means a process that is gone or going (an exiting process
        // gives up its namespaces while /proc/<pid> still exists), a namespace type the kernel
        // lacks (time namespaces before 5.6), or no procfs at /proc: only our own ns/ folder,
        // which exists while we run, tells which.
        if (errno == Errno.ENOENT && !File.Exists("/proc/self/ns/" + NamespaceTypeNames.GetProcName(type)))
        {
            return Directory.Exists("/proc/self/ns")
                ? new PlatformNotSupportedException($"{path} does not exist: the kernel has no {NamespaceTypeNames.GetProcName(type)} namespaces.")
                : new NsfsException(errno, $"{path} does not exist: procfs is not mounted at /proc (ENOENT).");
        }

        var context = new ErrorContext(pid > 0 ? NsfsOperation.OpenProcess : NsfsOperation.OpenPath)
        {
            Path = path,
            Pid = pid,
            NamespaceType = type,
        };
        return NsfsErrors.CreateException(errno, context);
    }

    private static NamespaceHandle Create(SafeNamespaceHandle handle, NamespaceType type, NamespaceIdentity? identity, string? path) => type switch
    {
        NamespaceType.Pid => new PidNamespace(handle, identity, path),
        NamespaceType.Mount => new MountNamespace(handle, identity, path),
        NamespaceType.User => new UserNamespace(handle, identity, path),
        NamespaceType.Net => new NetworkNamespace(handle, identity, path),
        NamespaceType.Uts => new UtsNamespace(handle, identity, path),
        NamespaceType.Ipc => new IpcNamespace(handle, identity, path),
        NamespaceType.Cgroup => new CgroupNamespace(handle, identity, path),
        NamespaceType.Time => new TimeNamespace(handle, identity, path),
        _ => throw new NsfsException(string.Create(CultureInfo.InvariantCulture,
            $"NS_GET_NSTYPE returned 0x{(uint)type:x}, a namespace type this library does not know ({path ?? "descriptor"})."))
    };
}
