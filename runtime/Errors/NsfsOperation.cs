namespace Nsfs.Errors;

/// <summary>The system call or request that failed; it decides what an errno means (see <see cref="NsfsErrors"/>).</summary>
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
