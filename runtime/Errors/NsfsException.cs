namespace Nsfs;

/// <summary>A namespace or pidfd operation failed with an errno that has no more specific .NET exception.</summary>
public class NsfsException : IOException
{
    /// <summary>Creates the exception.</summary>
    public NsfsException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What failed.</param>
    public NsfsException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The cause.</param>
    public NsfsException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for an errno.</summary>
    /// <param name="errno">The errno the kernel returned.</param>
    /// <param name="message">What failed.</param>
    public NsfsException(int errno, string message)
        : base(message)
    {
        Errno = errno;
        HResult = errno;
    }

    /// <summary>The errno the kernel returned, or 0 when the failure did not come from a system call.</summary>
    public int Errno { get; }

    /// <summary>The symbolic errno name (for example <c>ESRCH</c>).</summary>
    public string ErrorName => Interop.Errno.Name(Errno);
}
