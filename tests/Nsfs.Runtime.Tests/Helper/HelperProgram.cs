using System.Globalization;

namespace Nsfs.Runtime.Tests.Helper;

/// <summary>
/// Entry point used when the test assembly is run as a program (dotnet exec Nsfs.Runtime.Tests.dll MODE …):
/// a multi-threaded process to put inside new PID namespaces, and probes that must run as another
/// user or with other limits than the test host. The test host itself never calls this.
/// </summary>
public static class HelperProgram
{
    public static int Main(string[] args)
    {
        return args.FirstOrDefault() switch
        {
            "hold" => Hold(int.Parse(args[1], CultureInfo.InvariantCulture)),
            "unprivileged" => UnprivilegedProbe.Run(int.Parse(args[1], CultureInfo.InvariantCulture)),
            "owner-outside" => OwnerOutsideProbe.Run(int.Parse(args[1], CultureInfo.InvariantCulture), int.Parse(args[2], CultureInfo.InvariantCulture)),
            "emfile" => EmfileProbe.Run(),
            "older-kernel" => OlderKernelProbe.Run(args[1]),
            "user-namespaces" => ReportUserNamespaces(),
            _ => Usage(),
        };
    }

    /// <summary>
    /// Starts <paramref name="threads"/> extra threads, prints "threads" with the tids of its own
    /// threads (this one and those) and then "ready" with its NSpid, both as the host's procfs shows
    /// them (so the first number is the host pid), then waits for stdin to close. Only its own
    /// threads: the runtime's threads (tiered compilation, for one) come and go on their own.
    /// </summary>
    private static int Hold(int threads)
    {
        using var release = new ManualResetEventSlim();
        using var started = new CountdownEvent(threads);
        var tids = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var workers = Enumerable.Range(0, threads).Select(_ => new Thread(() =>
        {
            tids.Enqueue(HostId("/proc/thread-self/status"));
            started.Signal();
            release.Wait();
        }) { IsBackground = true }).ToList();
        workers.ForEach(t => t.Start());
        started.Wait();
        string nspid = File.ReadLines("/proc/self/status").First(l => l.StartsWith("NSpid:", StringComparison.Ordinal))[6..].Trim();
        Console.WriteLine($"threads {HostId("/proc/self/status")} {string.Join(' ', tids)}");
        Console.WriteLine($"ready {nspid.Replace('\t', ' ')}");
        Console.Out.Flush();
        Console.In.ReadToEnd();
        release.Set();
        return 0;
    }

    /// <summary>The first NSpid number in a status file: the id as the procfs mounted at /proc sees it.</summary>
    private static string HostId(string statusPath) =>
        File.ReadLines(statusPath).First(l => l.StartsWith("NSpid:", StringComparison.Ordinal))[6..].Trim().Split('\t')[0];

    /// <summary>Reports whether the tests could create user namespaces here, or the message they would fail with.</summary>
    private static int ReportUserNamespaces()
    {
        Outcome.Report("user-namespaces", () =>
        {
            Privilege.RequireUserNamespaces();
            return "available";
        });
        return 0;
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: hold N | unprivileged PID | owner-outside FD FD | emfile | older-kernel before-6.11|enotty-quirk | user-namespaces");
        return 2;
    }
}
