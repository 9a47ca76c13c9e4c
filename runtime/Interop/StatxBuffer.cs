namespace Nsfs.Interop;

/// <summary>
/// struct statx (linux/stat.h). Chosen over struct stat because its layout is the same on every
/// architecture, so identity (device, inode) needs no per-arch table. Only the fields read are named.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = 256)]
internal struct StatxBuffer
{
    [FieldOffset(0)] public uint Mask;
    [FieldOffset(28)] public ushort Mode;
    [FieldOffset(32)] public ulong Inode;
    [FieldOffset(40)] public ulong Size;
    [FieldOffset(136)] public uint DeviceMajor;
    [FieldOffset(140)] public uint DeviceMinor;

    /// <summary>The glibc <c>makedev</c> encoding, so values compare equal to <c>st_dev</c>.</summary>
    public readonly ulong Device =>
        ((ulong)(DeviceMajor & 0xfffff000u) << 32) | ((ulong)(DeviceMajor & 0xfffu) << 8)
        | ((ulong)(DeviceMinor & 0xffffff00u) << 12) | (DeviceMinor & 0xffu);
}
