namespace Nsfs.Analyzers.Tests.Rules;

public sealed class PointerToByValueRequestTests
{
    [Fact]
    public Task Address_reference_and_pointer_are_reported() => Verify<PointerToByValueRequestAnalyzer>.AnalyzerAsync("""
        void M(PidNamespace ns, int fd)
        {
            int pid = 1;
            ulong wide = 1;
            Native.Control(ns.SafeHandle, LinuxNsfs.NS_GET_PID_FROM_PIDNS, {|NSFS0003:(nint)(&pid)|});
            Native.IoctlRef(fd, LinuxNsfs.NS_GET_TGID_IN_PIDNS, ref {|NSFS0003:wide|});
            Tmds.Linux.LibC.ioctl(fd, unchecked((int)LinuxNsfs.NS_GET_PID_IN_PIDNS), {|NSFS0003:&pid|});
            int* pointer = &pid;
            Native.ioctl(fd, LinuxNsfs.NS_GET_TGID_FROM_PIDNS, {|NSFS0003:(nint)pointer|});
        }
        """);

    [Fact]
    public Task Values_and_pointer_requests_are_silent() => Verify<PointerToByValueRequestAnalyzer>.AnalyzerAsync("""
        void M(int fd, nuint request)
        {
            int pid = 1;
            ulong id;
            Native.ioctl(fd, LinuxNsfs.NS_GET_PID_FROM_PIDNS, pid);
            Native.ioctl(fd, LinuxNsfs.NS_GET_TGID_IN_PIDNS, 1);
            Tmds.Linux.LibC.ioctl(fd, unchecked((int)LinuxNsfs.NS_GET_PID_IN_PIDNS), pid);
            Native.ioctl(fd, LinuxNsfs.NS_GET_ID, (nint)(&id));
            Native.ioctl(fd, request, (nint)(&pid));
            Native.ioctl(fd, 0x5401, (nint)(&pid));
        }
        """);

    [Fact]
    public Task Fix_passes_the_value() => Verify<PointerToByValueRequestAnalyzer>.FixAsync<PassValueNotPointerFixer>("""
        void M(PidNamespace ns, int fd)
        {
            int pid = 1;
            Native.Control(ns.SafeHandle, LinuxNsfs.NS_GET_PID_FROM_PIDNS, {|NSFS0003:(nint)(&pid)|});
            Native.ioctl(fd, LinuxNsfs.NS_GET_TGID_FROM_PIDNS, {|NSFS0003:(nint)(&pid)|});
        }
        """, """
        void M(PidNamespace ns, int fd)
        {
            int pid = 1;
            Native.Control(ns.SafeHandle, LinuxNsfs.NS_GET_PID_FROM_PIDNS, pid);
            Native.ioctl(fd, LinuxNsfs.NS_GET_TGID_FROM_PIDNS, pid);
        }
        """);
}
