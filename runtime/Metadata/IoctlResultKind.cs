namespace Nsfs.Metadata;

/// <summary>What a successful ioctl call returns.</summary>
#if NSFS_ANALYZERS
// Compiled into the analyzers too, so both read the same values the generator writes.
internal
#else
public
#endif
enum IoctlResultKind
{
    /// <summary>0 on success; results, if any, are written through the argument.</summary>
    Zero,
    /// <summary>A new file descriptor (opened <c>O_CLOEXEC</c>) that the caller owns.</summary>
    FileDescriptor,
    /// <summary>A process or thread id.</summary>
    ProcessId,
    /// <summary>Another non-negative value (for example a <c>CLONE_NEW*</c> namespace type).</summary>
    Value,
}
