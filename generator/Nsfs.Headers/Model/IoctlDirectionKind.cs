namespace Nsfs.Headers.Model;

/// <summary>The direction of an ioctl request, decoded by comparing the <c>_IOC</c> dir argument with the header's <c>_IOC_NONE/_IOC_READ/_IOC_WRITE</c>.</summary>
public enum IoctlDirectionKind
{
    /// <summary><c>_IO</c>.</summary>
    None,
    /// <summary><c>_IOW</c>.</summary>
    Write,
    /// <summary><c>_IOR</c>.</summary>
    Read,
    /// <summary><c>_IOWR</c>.</summary>
    ReadWrite,
}
