namespace Nsfs.Analyzers.Tests.Rules;

public sealed class MagicRequestNumberTests
{
    [Fact]
    public Task Literals_of_any_architecture_are_reported() => Verify<MagicRequestNumberAnalyzer>.AnalyzerAsync("""
        void M(int fd, PidFd pidfd)
        {
            ulong id;
            Native.ioctl(fd, {|NSFS0006:0xb703|}, 0);
            Native.ioctl(fd, {|NSFS0006:0x4004b706|}, 1);
            Native.Control(pidfd.SafeHandle, {|NSFS0006:0xff05|}, 0);
            Tmds.Linux.LibC.ioctl(fd, {|NSFS0006:unchecked((int)0x8008b70d)|}, &id);
        }
        """);

    [Fact]
    public Task Message_names_the_request_and_its_encodings() => Verify<MagicRequestNumberAnalyzer>.AnalyzerAsync("""
        void M(int fd) => Native.ioctl(fd, {|#0:0x2000b703|}, 0);
        """,
        new Microsoft.CodeAnalysis.Testing.DiagnosticResult(UsageRules.MagicRequestNumber).WithLocation(0)
            .WithArguments("2000b703", "NS_GET_NSTYPE", "Ppc, Ppc64, Ppc64le, Mips and 6 more", "LinuxNsfs.NS_GET_NSTYPE"));

    [Fact]
    public Task Unrelated_numbers_and_named_values_are_silent() => Verify<MagicRequestNumberAnalyzer>.AnalyzerAsync("""
        const uint MyNsType = 0xb703;

        void M(int fd)
        {
            Native.ioctl(fd, 0x5401, 0);
            Native.ioctl(fd, 0xb7ff, 0);
            Native.ioctl(fd, LinuxNsfs.NS_GET_NSTYPE, 0);
            Native.ioctl(fd, MyNsType, 0);
            Console.WriteLine(0xb703);
        }
        """);

    [Fact]
    public Task Fix_uses_the_generated_constant() => Verify<MagicRequestNumberAnalyzer>.FixAsync<ReplaceRequestFixer>("""
        void M(int fd)
        {
            ulong id;
            Native.ioctl(fd, {|NSFS0006:0xb703|}, 0);
            Native.ioctl(fd, {|NSFS0006:0x8004b706|}, 1);
            Tmds.Linux.LibC.ioctl(fd, {|NSFS0006:unchecked((int)0x8008b70d)|}, &id);
        }
        """, """
        void M(int fd)
        {
            ulong id;
            Native.ioctl(fd, LinuxNsfs.NS_GET_NSTYPE, 0);
            Native.ioctl(fd, LinuxNsfs.NS_GET_PID_FROM_PIDNS, 1);
            Tmds.Linux.LibC.ioctl(fd, unchecked((int)LinuxNsfs.NS_GET_ID), &id);
        }
        """);
}
