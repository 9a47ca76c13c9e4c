namespace Nsfs.Analyzers.Tests.Rules;

public sealed class UnpinnedTranslatedPidTests
{
    [Fact]
    public Task Translated_pids_acted_on_directly() => Verify<UnpinnedTranslatedPidAnalyzer>.AnalyzerAsync("""
        void M(PidNamespace ns, int fd)
        {
            int host = ns.GetPidFromNamespace(5);
            Process.GetProcessById({|NSFS0008:host|}).Kill();
            Native.kill({|NSFS0008:ns.GetInitPid()|}, 9);
            if (ns.TryGetTgidFromNamespace(7, out int leader))
            {
                Console.WriteLine(System.IO.File.ReadAllText($"/proc/{{|NSFS0008:leader|}}/status"));
            }

            int raw = Native.ioctl(fd, LinuxNsfs.NS_GET_PID_FROM_PIDNS, 1);
            if (raw > 0)
            {
                System.IO.File.ReadAllText("/proc/" + {|NSFS0008:raw|} + "/cmdline");
            }
        }
        """);

    [Fact]
    public Task Namespaces_opened_by_a_translated_pid() => Verify<UnpinnedTranslatedPidAnalyzer>.AnalyzerAsync("""
        void M(PidNamespace ns)
        {
            int init = PidNamespace.GetInitPidOfProcess(4242);
            using var container = PidNamespace.Open({|NSFS0008:init|});
            using var mounts = NamespaceHandle.Open({|NSFS0008:ns.GetPidFromNamespace(3)|}, NamespaceType.Mount);
        }
        """);

    [Fact]
    public Task Namespaces_opened_through_a_pin_or_by_an_untranslated_pid_are_silent() => Verify<UnpinnedTranslatedPidAnalyzer>.AnalyzerAsync("""
        void M(int given)
        {
            int init = PidNamespace.GetInitPidOfProcess(given);
            using var pinned = PidRef.Pin(init);
            using var viaPin = pinned.OpenNamespace(NamespaceType.Pid);
            using var direct = PidNamespace.Open(given);
            using var own = NamespaceHandle.Open(Environment.ProcessId, NamespaceType.Net);
        }
        """);

    [Fact]
    public Task Pinned_or_untranslated_pids_are_silent() => Verify<UnpinnedTranslatedPidAnalyzer>.AnalyzerAsync("""
        void M(PidNamespace ns, int given)
        {
            using (var pinned = ns.PinFromNamespace(5))
            {
                pinned.TrySendSignal(9);
            }

            int host = ns.GetPidFromNamespace(6);
            using var pidfd = PidFd.Open(host);
            Native.kill(host, 0);
            Process.GetProcessById(given);
            Native.kill(Environment.ProcessId, 0);
            Console.WriteLine($"/proc/{given}/status");
            Console.WriteLine($"pid {ns.GetPidFromNamespace(1)}");
            int mixed = given > 0 ? ns.GetPidFromNamespace(2) : 1;
            Native.kill(mixed, 0);
        }
        """);
}
