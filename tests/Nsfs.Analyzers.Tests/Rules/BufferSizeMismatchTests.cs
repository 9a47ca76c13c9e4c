namespace Nsfs.Analyzers.Tests.Rules;

public sealed class BufferSizeMismatchTests
{
    [Fact]
    public Task Wrong_sized_buffers() => Verify<BufferSizeMismatchAnalyzer>.AnalyzerAsync("""
        struct SmallInfo
        {
            public uint Size;
            public uint Mounts;
        }

        void M(int fd)
        {
            int id;
            ulong uid;
            SmallInfo info = default;
            Native.ioctl(fd, LinuxNsfs.NS_GET_MNTNS_ID, {|NSFS0005:(nint)(&id)|});
            Native.ioctl(fd, LinuxNsfs.NS_GET_OWNER_UID, {|NSFS0005:(nint)(&uid)|});
            Native.IoctlRef(fd, LinuxNsfs.NS_GET_OWNER_UID, ref {|NSFS0005:uid|});
            Native.ioctl(fd, LinuxNsfs.NS_MNT_GET_INFO, {|NSFS0005:(nint)(&info)|});
        }
        """);

    [Fact]
    public Task Message_names_both_sizes() => Verify<BufferSizeMismatchAnalyzer>.AnalyzerAsync("""
        void M(int fd)
        {
            int id;
            Native.ioctl(fd, LinuxNsfs.NS_GET_ID, {|#0:(nint)(&id)|});
        }
        """,
        new Microsoft.CodeAnalysis.Testing.DiagnosticResult(UsageRules.BufferSizeMismatch).WithLocation(0)
            .WithArguments("NS_GET_ID", 8, "__u64", "int", 4));

    [Fact]
    public Task Right_sized_and_raw_buffers_are_silent() => Verify<BufferSizeMismatchAnalyzer>.AnalyzerAsync("""
        struct MyInfo
        {
            public uint Size;
            public uint Mounts;
            public ulong Id;
        }

        void M(int fd)
        {
            ulong id;
            uint uid;
            mnt_ns_info info = default;
            MyInfo mine = default;
            byte* raw = stackalloc byte[16];
            Native.ioctl(fd, LinuxNsfs.NS_GET_ID, (nint)(&id));
            Native.ioctl(fd, LinuxNsfs.NS_GET_OWNER_UID, (nint)(&uid));
            Native.ControlUid(fd, LinuxNsfs.NS_GET_OWNER_UID, &uid);
            Native.ioctl(fd, LinuxNsfs.NS_MNT_GET_INFO, (nint)(&info));
            Native.ioctl(fd, LinuxNsfs.NS_MNT_GET_PREV, (nint)(&mine));
            Native.ioctl(fd, LinuxNsfs.NS_MNT_GET_NEXT, (nint)raw);
            Native.ioctl(fd, 0x5401, (nint)(&uid));
        }
        """);
}
