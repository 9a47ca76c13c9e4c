using System.Diagnostics.CodeAnalysis;

namespace Nsfs;

/// <summary>
/// The typed namespace classes' shared base: the factories every typed class has, returning that
/// class (<c>PidNamespace.Open(pid)</c> is a <see cref="PidNamespace"/>).
/// </summary>
/// <typeparam name="TNamespace">The typed class deriving from this one.</typeparam>
[SuppressMessage("Design", "CA1000:Do not declare static members on generic types",
    Justification = "The factories are always called through the sealed typed class (UtsNamespace.Open), which supplies the type argument; declaring them here is what keeps the eight classes from repeating them.")]
public abstract class NamespaceHandle<TNamespace> : NamespaceHandle
    where TNamespace : NamespaceHandle<TNamespace>, ITypedNamespace
{
    private protected NamespaceHandle(SafeNamespaceHandle handle, NamespaceIdentity? identity, string? path)
        : base(handle, TNamespace.NamespaceType, identity, path)
    {
    }

    /// <summary>Opens the namespace of this class's type that process <paramref name="pid"/> is in (<c>/proc/&lt;pid&gt;/ns/&lt;type&gt;</c>).</summary>
    /// <param name="pid">A pid in the caller's PID namespace.</param>
    /// <returns>The handle.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pid"/> is not positive.</exception>
    /// <exception cref="PidNotVisibleException">There is no such process, or it is exiting and has given up its namespaces.</exception>
    /// <exception cref="UnauthorizedAccessException">The caller may not ptrace-read the process (EACCES).</exception>
    /// <exception cref="PlatformNotSupportedException">The kernel has no namespaces of this type.</exception>
    /// <exception cref="NsfsException">procfs is not mounted at <c>/proc</c>, or another system error.</exception>
    public static TNamespace Open(int pid) => (TNamespace)Open(pid, TNamespace.NamespaceType);

    /// <summary>Opens the caller's own namespace of this class's type (<c>/proc/self/ns/&lt;type&gt;</c>).</summary>
    /// <returns>The handle.</returns>
    /// <exception cref="PlatformNotSupportedException">The kernel has no namespaces of this type.</exception>
    /// <exception cref="NsfsException">procfs is not mounted at <c>/proc</c>, or another system error.</exception>
    public static TNamespace OpenCurrent() => (TNamespace)OpenCurrent(TNamespace.NamespaceType);

    /// <summary>Opens a namespace file of this class's type by path (a <c>/proc</c> link or a bind mount such as <c>/run/netns/x</c>).</summary>
    /// <param name="path">The file.</param>
    /// <returns>The handle.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="NamespaceTypeMismatchException">The file is a namespace of another type.</exception>
    /// <exception cref="NotANamespaceException">The file is not an nsfs file.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="UnauthorizedAccessException">Access is denied.</exception>
    public static new TNamespace OpenPath(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return (TNamespace)OpenFile(path, TNamespace.NamespaceType);
    }
}
