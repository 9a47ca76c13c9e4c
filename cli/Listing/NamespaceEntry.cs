using Nsfs.Uapi;

namespace Nsfs.Cli.Listing;

/// <summary>One row of <c>nsfs ls</c>: a namespace and what the nsfs ioctls say about it.</summary>
internal sealed record NamespaceEntry
{
    public required NamespaceType Type { get; init; }

    public required ulong Inode { get; init; }

    /// <summary>NS_GET_ID, null on kernels before 6.18.</summary>
    public ulong? Id { get; init; }

    /// <summary>Owner uid of the namespace's owning user namespace (of itself for user namespaces); null when out of scope.</summary>
    public uint? OwnerUid { get; init; }

    /// <summary>Inode of the parent (PID and user namespaces only); null when none or out of scope.</summary>
    public ulong? ParentInode { get; init; }

    /// <summary>Number of processes in the namespace.</summary>
    public required int ProcessCount { get; init; }

    /// <summary>The lowest pid in the namespace (as lsns shows).</summary>
    public required int Pid { get; init; }

    /// <summary>That process's command name.</summary>
    public string? Command { get; init; }

    /// <summary>For PID namespaces: our pid for its init (pid 1 inside); null when gone or not visible.</summary>
    public int? InitPid { get; init; }
}
