namespace Nsfs.Analyzers.Tests.Rules;

public sealed class ValueToPointerRequestTests
{
    [Fact]
    public Task Values_and_null_where_the_kernel_writes() => Verify<ValueToPointerRequestAnalyzer>.AnalyzerAsync("""
        void M(UserNamespace user, MountNamespace mount, int fd)
        {
            int uid = 0;
            Native.Control(user.SafeHandle, LinuxNsfs.NS_GET_OWNER_UID, {|NSFS0004:uid|});
            Native.Control(mount.SafeHandle, LinuxNsfs.NS_GET_MNTNS_ID, {|NSFS0004:0|});
            Native.ioctl(fd, LinuxNsfs.NS_MNT_GET_NEXT, {|NSFS0004:(nint)uid|});
            Tmds.Linux.LibC.ioctl(fd, unchecked((int)LinuxNsfs.NS_GET_ID), {|NSFS0004:5|});
        }
        """);

    [Fact]
    public Task Message_names_the_request_and_the_buffer() => Verify<ValueToPointerRequestAnalyzer>.AnalyzerAsync("""
        void M(int fd) => Native.ioctl(fd, LinuxNsfs.NS_GET_OWNER_UID, {|#0:0|});
        """,
        new Microsoft.CodeAnalysis.Testing.DiagnosticResult(UsageRules.ValueToPointerRequest).WithLocation(0)
            .WithArguments("NS_GET_OWNER_UID", "writes", "__kernel_uid32_t", 4, "a null pointer"));

    [Fact]
    public Task Pointers_and_unknown_addresses_are_silent() => Verify<ValueToPointerRequestAnalyzer>.AnalyzerAsync("""
        void M(int fd, nint buffer)
        {
            uint uid;
            mnt_ns_info info = default;
            nint heap = Marshal.AllocHGlobal(8);
            Native.ioctl(fd, LinuxNsfs.NS_GET_OWNER_UID, (nint)(&uid));
            Native.ioctl(fd, LinuxNsfs.NS_MNT_GET_INFO, (nint)(&info));
            Native.ioctl(fd, LinuxNsfs.NS_GET_ID, heap);
            Native.ioctl(fd, LinuxNsfs.NS_GET_MNTNS_ID, buffer);
            Native.ioctl(fd, LinuxNsfs.NS_GET_NSTYPE, 0);
            Native.ioctl(fd, LinuxNsfs.NS_GET_PID_FROM_PIDNS, 1);
            Native.ioctl(fd, 0x5401, 0);
        }
        """);
}
