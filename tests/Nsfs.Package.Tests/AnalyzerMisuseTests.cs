using System.Text.RegularExpressions;

namespace Nsfs.Package.Tests;

/// <summary>The analyzers ride along in the package: misuse in a consumer shows up in its build.</summary>
public sealed class AnalyzerMisuseTests(PackedFeed feed, ITestOutputHelper output) : PackedFeedTest(feed, output)
{
    [Fact]
    public void Passing_the_pid_by_address_to_ns_get_pid_from_pidns_through_an_own_ioctl_is_reported()
    {
        // The classic mistake: NS_GET_PID_FROM_PIDNS is declared _IOR(NSIO, 6, int), which reads
        // like "pass an int*", but the kernel takes the pid by value.
        var consumer = new ConsumerProject(Feed, "Misuse", "", "<AllowUnsafeBlocks>true</AllowUnsafeBlocks>")
            .Write("Program.cs", """
                using System.Runtime.InteropServices;
                using Nsfs;
                using Nsfs.Uapi;

                [assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]

                using var ns = PidNamespace.OpenCurrent();
                int pid = 1;
                unsafe
                {
                    Console.WriteLine(Native.ioctl((int)ns.SafeHandle.DangerousGetHandle(), LinuxNsfs.NS_GET_PID_FROM_PIDNS, &pid));
                }

                static unsafe class Native
                {
                    [DllImport("libc", SetLastError = true)]
                    public static extern int ioctl(int fd, nuint request, int* argument);
                }
                """);

        var build = consumer.Build().ShouldSucceed();
        Show(build);
        string program = Regex.Escape(consumer.PathOf("Program.cs"));
        Assert.Matches(new Regex($@"^\s*{program}\(11,\d+\): warning NSFS0003: ", RegexOptions.Multiline), build.Output);
    }
}
