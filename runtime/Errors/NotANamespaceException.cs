namespace Nsfs;

/// <summary>A file descriptor or path does not refer to an nsfs namespace file (ENOTTY, or another file system).</summary>
public sealed class NotANamespaceException : NsfsException
{
    /// <summary>Creates the exception.</summary>
    public NotANamespaceException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What failed.</param>
    public NotANamespaceException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The cause.</param>
    public NotANamespaceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a path.</summary>
    /// <param name="path">The file that is not a namespace, when known.</param>
    /// <param name="errno">The errno (ENOTTY), or 0 when the file system did not match.</param>
    /// <param name="message">What failed.</param>
    public NotANamespaceException(string? path, int errno, string message)
        : base(errno, message)
    {
        Path = path;
    }

    /// <summary>The path that was opened, when known.</summary>
    public string? Path { get; }
}
