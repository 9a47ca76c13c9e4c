namespace Nsfs;

/// <summary>A time (CLOCK_MONOTONIC and CLOCK_BOOTTIME offsets) namespace.</summary>
public sealed class TimeNamespace : NamespaceHandle<TimeNamespace>, ITypedNamespace
{
    internal TimeNamespace(SafeNamespaceHandle handle, NamespaceIdentity? identity, string? path)
        : base(handle, identity, path)
    {
    }

    /// <inheritdoc />
    static NamespaceType ITypedNamespace.NamespaceType => NamespaceType.Time;
}
