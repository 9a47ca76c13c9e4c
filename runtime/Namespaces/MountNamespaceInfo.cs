namespace Nsfs;

/// <summary>What NS_MNT_GET_INFO reports about a mount namespace.</summary>
/// <param name="Id">The mount namespace id (equal to NS_GET_MNTNS_ID and statmount's <c>mnt_ns_id</c>).</param>
/// <param name="MountCount">The number of mounts, not counting the root mount.</param>
public readonly record struct MountNamespaceInfo(ulong Id, uint MountCount);
