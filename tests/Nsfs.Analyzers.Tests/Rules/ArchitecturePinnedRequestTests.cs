using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace Nsfs.Analyzers.Tests.Rules;

public sealed class ArchitecturePinnedRequestTests
{
    private const string Body = """
        void M(int fd, PidFd pidfd)
        {
            Native.ioctl(fd, {|NSFS0007:LinuxNsfs.X64.NS_GET_NSTYPE|}, 0);
            Native.Control(pidfd.SafeHandle, {|NSFS0007:LinuxPidfd.Arm64.PIDFD_GET_PID_NAMESPACE|}, 0);
            Tmds.Linux.LibC.ioctl(fd, unchecked((int){|NSFS0007:LinuxNsfs.X64.NS_GET_PID_FROM_PIDNS|}), 1);
        }
        """;

    [Fact]
    public Task Per_architecture_constants_issued_as_requests() => Verify<ArchitecturePinnedRequestAnalyzer>.AnalyzerAsync(Body);

    [Fact]
    public Task Cross_architecture_tables_and_current_values_are_silent() => Verify<ArchitecturePinnedRequestAnalyzer>.AnalyzerAsync("""
        void M(int fd)
        {
            Console.WriteLine($"{LinuxNsfs.Ppc64le.NS_GET_ID:x} {LinuxNsfs.X64.NS_GET_ID:x}");
            uint[] all = { LinuxNsfs.Mips.NS_GET_NSTYPE, LinuxNsfs.Arm.NS_GET_NSTYPE };
            Native.ioctl(fd, LinuxNsfs.NS_GET_NSTYPE, 0);
        }
        """);

    [Fact]
    public async Task Silent_when_the_project_targets_that_architecture()
    {
        var test = new CSharpAnalyzerTest<ArchitecturePinnedRequestAnalyzer, DefaultVerifier>
        {
            TestCode = TestProject.Prelude + """
                unsafe class C
                {
                    void M(int fd) => Native.ioctl(fd, LinuxNsfs.X64.NS_GET_NSTYPE, 0);
                }
                """,
        };
        TestProject.Configure(test.TestState);
        test.SolutionTransforms.Add(TestProject.AllowUnsafe);
        test.SolutionTransforms.Add((solution, id) => solution.WithProjectCompilationOptions(id,
            ((CSharpCompilationOptions)solution.GetProject(id)!.CompilationOptions!).WithPlatform(Platform.X64)));
        await test.RunAsync();
    }

    [Fact]
    public Task Fix_uses_the_current_process_value() => Verify<ArchitecturePinnedRequestAnalyzer>.FixAsync<ReplaceRequestFixer>(Body, """
        void M(int fd, PidFd pidfd)
        {
            Native.ioctl(fd, LinuxNsfs.NS_GET_NSTYPE, 0);
            Native.Control(pidfd.SafeHandle, LinuxPidfd.PIDFD_GET_PID_NAMESPACE, 0);
            Tmds.Linux.LibC.ioctl(fd, unchecked((int)LinuxNsfs.NS_GET_PID_FROM_PIDNS), 1);
        }
        """);
}
