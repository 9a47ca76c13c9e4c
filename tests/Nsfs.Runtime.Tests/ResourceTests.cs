using System.Globalization;
using Nsfs.Interop;
using Nsfs.Runtime.Tests.Infrastructure;

namespace Nsfs.Runtime.Tests;

/// <summary>Descriptor leaks, EMFILE, and disposal racing calls on other threads.</summary>
[Collection(SerialDefinition.Name)]
public sealed class ResourceTests
{
    [Fact]
    public void Open_translate_dispose_100000_times_leaves_the_descriptor_count_unchanged()
    {
        // Counts the descriptors this library opens (nsfs files and pidfds): the test host's own
        // pipes and assembly mappings come and go with other tests' child processes.
        int self = Libc.GetPid();
        for (int i = 0; i < 10; i++)
        {
            using var warm = PidNamespace.OpenCurrent();
        }

        int before = ProcFacts.NamespaceAndPidFdCount();
        for (int i = 0; i < 100_000; i++)
        {
            using var own = PidNamespace.OpenCurrent();
            if (own.GetPidInNamespace(self) != self || own.TryGetPidFromNamespace(ProcFacts.NeverAPid, out _))
            {
                Assert.Fail($"wrong translation at iteration {i}");
            }

            if (i % 10_000 == 0)
            {
                // The fd-returning paths too: NS_GET_USERNS, NS_GET_PARENT (EPERM), pidfd.
                using var owner = own.GetOwningUserNamespace();
                Assert.False(own.TryGetParent(out _));
                using var pidfd = PidFd.Open(self);
                if (KernelFeature.PidFdNamespaces.IsPresent)
                {
                    using var viaPidfd = pidfd.GetPidNamespace();
                }

                Assert.Throws<NamespaceTypeMismatchException>(() => PidNamespace.OpenPath("/proc/self/ns/uts"));
            }
        }

        int after = ProcFacts.NamespaceAndPidFdCount();
        Assert.True(before == after, $"{before} fds before, {after} after: " + string.Join(", ",
            Directory.GetFileSystemEntries("/proc/self/fd").Select(f => $"{Path.GetFileName(f)}->{new FileInfo(f).LinkTarget}")));
    }

    [Fact]
    public void Disposing_while_calls_run_on_other_threads_never_lets_a_call_reach_another_file()
    {
        int self = Libc.GetPid();
        for (int round = 0; round < 50; round++)
        {
            var shared = PidNamespace.OpenCurrent();
            int ok = 0;
            var unexpected = new System.Collections.Concurrent.ConcurrentBag<Exception>();
            using var start = new Barrier(5);
            var workers = Enumerable.Range(0, 4).Select(_ => new Thread(() =>
            {
                start.SignalAndWait();
                for (int i = 0; i < 2_000; i++)
                {
                    try
                    {
                        if (shared.GetPidInNamespace(self) != self)
                        {
                            unexpected.Add(new InvalidOperationException("wrong answer"));
                        }

                        Interlocked.Increment(ref ok);
                    }
                    catch (ObjectDisposedException)
                    {
                        return; // The only acceptable failure once Dispose ran.
                    }
                    catch (Exception e)
                    {
                        unexpected.Add(e);
                        return;
                    }
                }
            })).ToList();
            workers.ForEach(w => w.Start());
            start.SignalAndWait();
            Thread.SpinWait(1_000 * (round % 10));
            shared.Dispose();

            // Reopen files at once: if the fd number were closed under a running call and reused,
            // that call would reach one of these mount namespaces and fail with EINVAL.
            var decoys = Enumerable.Range(0, 8).Select(_ => MountNamespace.OpenCurrent()).ToList();
            workers.ForEach(w => w.Join());
            decoys.ForEach(d => d.Dispose());
            Assert.Empty(unexpected);
        }
    }

    // Checks a descriptor number, so it runs with the serial tests: a parallel test opening a file
    // right after the close gets the lowest free number, this one, and the check would see it open.
    [Fact]
    public void Adopting_a_descriptor_checks_it_and_takes_ownership()
    {
        int fd = NativeCalls.Open("/proc/self/ns/uts", out _);
        Assert.True(fd >= 0);
        var handle = NamespaceHandle.FromFileDescriptor(fd, ownsHandle: true);
        Assert.IsType<UtsNamespace>(handle);
        Assert.True(File.Exists($"/proc/self/fd/{fd}"));
        handle.Dispose();
        Assert.False(File.Exists($"/proc/self/fd/{fd}"));
    }

    [Fact]
    public void A_reference_held_by_a_call_defers_the_close_until_it_is_released()
    {
        var ns = PidNamespace.OpenCurrent();
        int fd = ns.SafeHandle.FileDescriptor;
        bool added = false;
        ns.SafeHandle.DangerousAddRef(ref added); // What the interop marshaller does for each call.
        ns.Dispose();
        Assert.True(File.Exists($"/proc/self/fd/{fd}"), "closed while a call still held the handle");
        Assert.StartsWith("pid:[", new FileInfo($"/proc/self/fd/{fd}").LinkTarget, StringComparison.Ordinal);
        ns.SafeHandle.DangerousRelease();
        Assert.False(File.Exists($"/proc/self/fd/{fd}"));
        Assert.Throws<ObjectDisposedException>(() => ns.TryGetPidInNamespace(Libc.GetPid(), out _));
    }

    [Fact]
    public void Running_out_of_descriptors_is_reported_as_EMFILE()
    {
        // The helper runs with RLIMIT_NOFILE 64 (sh's ulimit) so the test host keeps its own limit.
        string helper = string.Join(' ', SpawnedProcess.HelperCommandLine("emfile"));
        using var run = SpawnedProcess.Start("sh", "-c", $"ulimit -n 64 && exec {helper}");
        string output = run.Process.StandardOutput.ReadToEnd();
        string errors = run.Process.StandardError.ReadToEnd();
        run.Process.WaitForExit();
        var results = Helper.Outcome.Parse(output);
        Assert.True(results.ContainsKey("emfile"), $"helper output: {output} {errors}");
        Assert.Contains("NsfsException errno=EMFILE", results["emfile"], StringComparison.Ordinal);
        Assert.Contains("too many open files", results["emfile"], StringComparison.Ordinal);
        int count = int.Parse(results["emfile"].Split(" after ")[1].Split(':')[0], CultureInfo.InvariantCulture);
        Assert.InRange(count, 1, 64);
    }
}
