namespace Nsfs;

/// <summary>
/// A pid does not exist in the namespace it was looked up in, or the process it names is not
/// visible in the namespace the answer was wanted in (ESRCH), or the process has exited.
/// The <c>Try…</c> methods report this case as <see langword="false"/> instead.
/// </summary>
public sealed class PidNotVisibleException : NsfsException
{
    /// <summary>Creates the exception.</summary>
    public PidNotVisibleException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What failed.</param>
    public PidNotVisibleException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The cause.</param>
    public PidNotVisibleException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a pid and the namespace it was translated across.</summary>
    /// <param name="pid">The pid argument.</param>
    /// <param name="namespaceType">The namespace's type, when known.</param>
    /// <param name="namespaceInode">The namespace's nsfs inode, or 0.</param>
    /// <param name="errno">The errno the kernel returned (ESRCH, or ENOTTY on 6.12–7.0 kernels).</param>
    /// <param name="message">What failed.</param>
    public PidNotVisibleException(int pid, NamespaceType? namespaceType, ulong namespaceInode, int errno, string message)
        : base(errno, message)
    {
        Pid = pid;
        NamespaceType = namespaceType;
        NamespaceInode = namespaceInode;
    }

    /// <summary>The pid that was looked up.</summary>
    public int Pid { get; }

    /// <summary>The type of the namespace involved, when known.</summary>
    public NamespaceType? NamespaceType { get; }

    /// <summary>The nsfs inode of the namespace involved, or 0 when unknown.</summary>
    public ulong NamespaceInode { get; }
}
