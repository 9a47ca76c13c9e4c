namespace Nsfs.Uapi;

/// <summary>
/// The generated <c>struct statx</c> (linux/stat.h), which <see cref="NativeCalls.Statx(SafeHandle, uint, out statx, out int)"/>
/// fills. Chosen over struct stat because its layout is the same on every architecture.
/// </summary>
internal partial struct statx
{
    /// <summary>The device holding the file, in the glibc <c>makedev</c> encoding, so values compare equal to <c>st_dev</c>.</summary>
    public readonly ulong Device =>
        ((ulong)(stx_dev_major & 0xfffff000u) << 32) | ((ulong)(stx_dev_major & 0xfffu) << 8)
        | ((ulong)(stx_dev_minor & 0xffffff00u) << 12) | (stx_dev_minor & 0xffu);
}
