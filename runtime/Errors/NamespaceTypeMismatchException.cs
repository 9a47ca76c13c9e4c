namespace Nsfs;

/// <summary>
/// A namespace of one type was used where another type is required (for example a mount namespace
/// given to a PID translation, which the kernel rejects with EINVAL).
/// </summary>
public sealed class NamespaceTypeMismatchException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public NamespaceTypeMismatchException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What failed.</param>
    public NamespaceTypeMismatchException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The cause.</param>
    public NamespaceTypeMismatchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception naming the expected and the actual type.</summary>
    /// <param name="expected">The type the operation needs.</param>
    /// <param name="actual">The type the handle has, when known.</param>
    /// <param name="inode">The handle's nsfs inode, or 0.</param>
    /// <param name="path">The path it was opened from, when known.</param>
    public NamespaceTypeMismatchException(NamespaceType expected, NamespaceType? actual, ulong inode, string? path)
        : base(BuildMessage(expected, actual, inode, path))
    {
        Expected = expected;
        Actual = actual;
        NamespaceInode = inode;
        Path = path;
    }

    /// <summary>The namespace type the operation needs.</summary>
    public NamespaceType Expected { get; }

    /// <summary>The namespace type the handle has, when known.</summary>
    public NamespaceType? Actual { get; }

    /// <summary>The handle's nsfs inode, or 0 when unknown.</summary>
    public ulong NamespaceInode { get; }

    /// <summary>The path the handle was opened from, when known.</summary>
    public string? Path { get; }

    private static string BuildMessage(NamespaceType expected, NamespaceType? actual, ulong inode, string? path)
    {
        string actualText = actual is { } a
            ? NamespaceTypeNames.Describe(a, inode)
            : "a namespace of unknown type";
        string from = path is null ? "" : $" (opened from {path})";
        return $"Expected a {NamespaceTypeNames.GetProcName(expected)} namespace but got {actualText}{from}.";
    }
}
