namespace Nsfs.Metadata;

/// <summary>
/// How the third <c>ioctl</c> argument is really used by the kernel. This can differ from what the
/// encoding says: the PID-translation requests are declared <c>_IOR(NSIO, n, int)</c> but take the
/// pid by value, and <c>NS_GET_OWNER_UID</c> is declared <c>_IO</c> but writes through a pointer.
/// </summary>
#if NSFS_ANALYZERS
// Compiled into the analyzers too, so both read the same values the generator writes.
internal
#else
public
#endif
enum IoctlArgumentKind
{
    /// <summary>No argument is read; pass 0.</summary>
    None,
    /// <summary>An integer passed by value in the pointer-sized argument.</summary>
    Value,
    /// <summary>A pointer the kernel writes through.</summary>
    PointerOut,
    /// <summary>A pointer the kernel reads from.</summary>
    PointerIn,
    /// <summary>A pointer the kernel reads from and writes to.</summary>
    PointerInOut,
}
