namespace Nsfs;

/// <summary>
/// What identifies a namespace across file descriptors and processes: the device and inode of
/// its nsfs file (<c>st_dev</c>, <c>st_ino</c>), as ioctl_nsfs(2) recommends.
/// </summary>
/// <param name="Device">The nsfs device number (<c>st_dev</c>, glibc <c>makedev</c> encoding).</param>
/// <param name="Inode">The nsfs inode number, the number lsns and <c>readlink</c> show.</param>
public readonly record struct NamespaceIdentity(ulong Device, ulong Inode)
{
    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Device}:{Inode}");
}
