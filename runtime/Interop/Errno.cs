namespace Nsfs.Interop;

/// <summary>
/// The errno values the runtime and the cli tell apart, generated from the vendored headers through
/// <c>Interop/syscall-constants.h</c>.
/// </summary>
/// <remarks>
/// 1 to 34 are the same on every architecture, so they are constants, but for EAGAIN, which alpha
/// renumbers. EAGAIN and the higher ones, which alpha, mips, parisc and sparc renumber and the
/// header leaves undefined there, are read once from the current architecture's table, and where
/// it has none they are <see cref="None"/>, so that mapping an error never fails on their account.
/// </remarks>
internal static class Errno
{
    public const int EPERM = SyscallConstants.NSFS_EPERM;
    public const int ENOENT = SyscallConstants.NSFS_ENOENT;
    public const int ESRCH = SyscallConstants.NSFS_ESRCH;
    public const int ENXIO = SyscallConstants.NSFS_ENXIO;
    public const int EINTR = SyscallConstants.NSFS_EINTR;
    public const int EBADF = SyscallConstants.NSFS_EBADF;
    public const int ENOMEM = SyscallConstants.NSFS_ENOMEM;
    public const int EACCES = SyscallConstants.NSFS_EACCES;
    public const int EFAULT = SyscallConstants.NSFS_EFAULT;
    public const int ENOTDIR = SyscallConstants.NSFS_ENOTDIR;
    public const int EINVAL = SyscallConstants.NSFS_EINVAL;
    public const int ENFILE = SyscallConstants.NSFS_ENFILE;
    public const int EMFILE = SyscallConstants.NSFS_EMFILE;
    public const int ENOTTY = SyscallConstants.NSFS_ENOTTY;
    public static readonly int EAGAIN = ReadOrNone(static () => SyscallConstants.NSFS_EAGAIN);
    public static readonly int ENOSYS = ReadOrNone(static () => SyscallConstants.NSFS_ENOSYS);
    public static readonly int EOVERFLOW = ReadOrNone(static () => SyscallConstants.NSFS_EOVERFLOW);
    public static readonly int EOPNOTSUPP = ReadOrNone(static () => SyscallConstants.NSFS_EOPNOTSUPP);

    /// <summary>Matches no errno: the kernel's are all positive.</summary>
    public const int None = -1;

    /// <summary>The symbolic name, for messages; "errno N" for values the runtime never expects.</summary>
    public static string Name(int errno) => errno switch
    {
        EPERM => "EPERM",
        ENOENT => "ENOENT",
        ESRCH => "ESRCH",
        ENXIO => "ENXIO",
        EINTR => "EINTR",
        EBADF => "EBADF",
        ENOMEM => "ENOMEM",
        EACCES => "EACCES",
        EFAULT => "EFAULT",
        ENOTDIR => "ENOTDIR",
        EINVAL => "EINVAL",
        ENFILE => "ENFILE",
        EMFILE => "EMFILE",
        ENOTTY => "ENOTTY",
        _ when errno == EAGAIN => "EAGAIN",
        _ when errno == ENOSYS => "ENOSYS",
        _ when errno == EOVERFLOW => "EOVERFLOW",
        _ when errno == EOPNOTSUPP => "EOPNOTSUPP",
        _ => "errno " + errno.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    // The current architecture's value, or None on an architecture whose table lacks it (reading it
    // there throws PlatformNotSupportedException).
    internal static int ReadOrNone(Func<int> read)
    {
        try
        {
            return read();
        }
        catch (PlatformNotSupportedException)
        {
            return None;
        }
    }
}
