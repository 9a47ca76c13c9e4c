namespace Nsfs.Errors;

/// <summary>The system call or request that failed; it decides what an errno means (domain.md §1.6).</summary>
internal enum NsfsOperation
{
    OpenPath,
    OpenProcess,
    Stat,
    GetNamespaceType,
    GetUserNamespace,
    GetParent,
    GetOwnerUid,
    GetMountNamespaceId,
    GetId,
    TranslatePid,
    MountGetInfo,
    MountGetNext,
    MountGetPrevious,
    PidFdOpen,
    PidFdGetNamespace,
    PidFdGetInfo,
    PidFdSendSignal,
    PidFdPoll,
}
