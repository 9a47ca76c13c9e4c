namespace Nsfs.Errors;

/// <summary>
/// What was being done when a call failed, so the exception can name the path, pid and namespace.
/// Built only on failure paths.
/// </summary>
internal readonly struct ErrorContext
{
    public ErrorContext(NsfsOperation operation)
    {
        Operation = operation;
    }

    public NsfsOperation Operation { get; }

    /// <summary>The file opened, when the operation opened one.</summary>
    public string? Path { get; init; }

    /// <summary>The pid argument, or 0 when there is none.</summary>
    public int Pid { get; init; }

    /// <summary>The namespace operated on, when known.</summary>
    public NamespaceType? NamespaceType { get; init; }

    /// <summary>Its nsfs inode, or 0 when unknown.</summary>
    public ulong NamespaceInode { get; init; }

    /// <summary>The namespace type the request needs, for EINVAL on typed requests.</summary>
    public NamespaceType? ExpectedType { get; init; }

    /// <summary>The caller's parameter an <see cref="ArgumentException"/> names, when EINVAL means a bad argument.</summary>
    public string? ParameterName { get; init; }

    /// <summary>The object name an <see cref="ObjectDisposedException"/> reports.</summary>
    public string? ObjectName { get; init; }

    /// <summary>"pid:[4026531836]" (or "pid:[?]" without the inode), or "namespace" when the type is unknown.</summary>
    public string DescribeNamespace() =>
        NamespaceType is { } type
            ? NamespaceTypeNames.Describe(type, NamespaceInode == 0 ? null : NamespaceInode)
            : "namespace";
}
