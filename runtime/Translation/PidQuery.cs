namespace Nsfs.Translation;

/// <summary>The four PID-translation requests.</summary>
internal enum PidQuery
{
    /// <summary>NS_GET_PID_FROM_PIDNS: a pid in the target namespace, answered in the caller's.</summary>
    PidFromNamespace,
    /// <summary>NS_GET_TGID_FROM_PIDNS: as above, answering the thread-group leader.</summary>
    TgidFromNamespace,
    /// <summary>NS_GET_PID_IN_PIDNS: a pid in the caller's namespace, answered in the target.</summary>
    PidInNamespace,
    /// <summary>NS_GET_TGID_IN_PIDNS: as above, answering the thread-group leader.</summary>
    TgidInNamespace,
}
