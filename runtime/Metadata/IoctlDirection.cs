namespace Nsfs.Metadata;

/// <summary>The data-transfer direction encoded in an ioctl request (<c>_IOC_DIR</c>), seen from user space.</summary>
public enum IoctlDirection
{
    /// <summary><c>_IO</c>: the request encodes no argument.</summary>
    None,
    /// <summary><c>_IOW</c>: user space writes, the kernel reads.</summary>
    Write,
    /// <summary><c>_IOR</c>: the kernel writes, user space reads.</summary>
    Read,
    /// <summary><c>_IOWR</c>: both.</summary>
    ReadWrite,
}
