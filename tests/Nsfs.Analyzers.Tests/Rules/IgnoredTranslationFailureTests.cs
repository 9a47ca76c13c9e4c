namespace Nsfs.Analyzers.Tests.Rules;

public sealed class IgnoredTranslationFailureTests
{
    [Fact]
    public Task Discarded_try_results() => Verify<IgnoredTranslationFailureAnalyzer>.AnalyzerAsync("""
        void M(PidNamespace ns)
        {
            {|NSFS0002:ns.TryGetPidFromNamespace(1, out int pid)|};
            _ = {|NSFS0002:ns.TryGetInitPid(out var init)|};
            {|NSFS0002:PidNamespace.TryGetInitPidOfProcess(42, out int other)|};
            Console.WriteLine(pid + init + other);
        }
        """);

    [Fact]
    public Task Raw_result_used_without_a_check() => Verify<IgnoredTranslationFailureAnalyzer>.AnalyzerAsync("""
        void M(PidNamespace ns)
        {
            int pid = {|NSFS0002:Native.Control(ns.SafeHandle, LinuxNsfs.NS_GET_PID_FROM_PIDNS, 1)|};
            Console.WriteLine(pid);
            Console.WriteLine({|NSFS0002:Native.Control(ns.SafeHandle, LinuxNsfs.NS_GET_TGID_IN_PIDNS, 7)|});
            {|NSFS0002:Native.Control(ns.SafeHandle, LinuxNsfs.NS_GET_PID_IN_PIDNS, 7)|};
        }
        """);

    [Fact]
    public Task Only_zero_checked() => Verify<IgnoredTranslationFailureAnalyzer>.AnalyzerAsync("""
        int M(int fd)
        {
            int pid = {|NSFS0002:Native.ioctl(fd, LinuxNsfs.NS_GET_TGID_FROM_PIDNS, 1)|};
            if (pid == 0)
            {
                throw new InvalidOperationException();
            }

            if ({|NSFS0002:Native.ioctl(fd, LinuxNsfs.NS_GET_PID_FROM_PIDNS, 1)|} != 0)
            {
                Console.WriteLine(pid);
            }

            return pid;
        }
        """);

    [Fact]
    public Task Checked_results_are_silent() => Verify<IgnoredTranslationFailureAnalyzer>.AnalyzerAsync("""
        int M(PidNamespace ns, int fd)
        {
            if (ns.TryGetPidFromNamespace(1, out int a) && ns.TryGetTgidInNamespace(a, out int b))
            {
                Console.WriteLine(b);
            }

            bool found = ns.TryGetInitPid(out int init);
            int raw = Native.ioctl(fd, LinuxNsfs.NS_GET_PID_FROM_PIDNS, 1);
            if (raw < 0)
            {
                return -1;
            }

            int other = Native.ioctl(fd, LinuxNsfs.NS_GET_PID_IN_PIDNS, raw);
            Console.WriteLine(other == -1 ? "gone" : other.ToString());
            int third = Native.ioctl(fd, LinuxNsfs.NS_GET_TGID_IN_PIDNS, raw);
            if (third is > 0)
            {
                Console.WriteLine(third);
            }

            ns.GetPidFromNamespace(1);
            Native.ioctl(fd, LinuxNsfs.NS_GET_NSTYPE, 0);
            return found ? init : Native.ioctl(fd, LinuxNsfs.NS_GET_TGID_FROM_PIDNS, 1);
        }
        """);

    [Fact]
    public Task Fix_uses_the_throwing_form() => Verify<IgnoredTranslationFailureAnalyzer>.FixAsync<UseThrowingTranslationFixer>("""
        void M(PidNamespace ns)
        {
            int existing;
            {|NSFS0002:ns.TryGetPidFromNamespace(1, out int pid)|};
            _ = {|NSFS0002:ns.TryGetInitPid(out var init)|};
            {|NSFS0002:ns.TryGetTgidInNamespace(pid, out existing)|};
            Console.WriteLine(pid + init + existing);
        }
        """, """
        void M(PidNamespace ns)
        {
            int existing;
            int pid = ns.GetPidFromNamespace(1);
            var init = ns.GetInitPid();
            existing = ns.GetTgidInNamespace(pid);
            Console.WriteLine(pid + init + existing);
        }
        """);
}
