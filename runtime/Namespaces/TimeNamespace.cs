using Nsfs.SafeHandles;
using Nsfs.Uapi;

namespace Nsfs;

/// <summary>A time (CLOCK_MONOTONIC and CLOCK_BOOTTIME offsets) namespace.</summary>
public sealed class TimeNamespace : NamespaceHandle, ITypedNamespace
{
    internal TimeNamespace(SafeNamespaceHandle handle, NamespaceIdentity? identity, string? path)
        : base(handle, NamespaceType.Time, identity, path)
    {
    }

    /// <inheritdoc />
    public static NamespaceType Kind => NamespaceType.Time;

    /// <summary>Opens the time (CLOCK_MONOTONIC and CLOCK_BOOTTIME offsets) namespace of process <paramref name="pid"/>.</summary>
    /// <param name="pid">A pid in the caller's pid namespace.</param>
    /// <returns>The handle.</returns>
    public static TimeNamespace Open(int pid) => NamespaceHandle.Open(pid, NamespaceType.Time).As<TimeNamespace>();

    /// <summary>Opens the caller's own time (CLOCK_MONOTONIC and CLOCK_BOOTTIME offsets) namespace.</summary>
    /// <returns>The handle.</returns>
    public static TimeNamespace OpenCurrent() => NamespaceHandle.OpenCurrent(NamespaceType.Time).As<TimeNamespace>();
}
