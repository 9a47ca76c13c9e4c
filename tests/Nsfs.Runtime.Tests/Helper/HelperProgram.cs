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
    /// Starts <paramref name="threads"/> extra threads, prints "ready" with its NSpid as the host's
    /// procfs shows it (so the first number is the host pid) and all tids, then waits for stdin to close.
    /// </summary>
    private static int Hold(int threads)
    {
        using var release = new ManualResetEventSlim();
        var workers = Enumerable.Range(0, threads).Select(_ => new Thread(() => release.Wait()) { IsBackground = true }).ToList();
        workers.ForEach(t => t.Start());
        string nspid = File.ReadLines("/proc/self/status").First(l => l.StartsWith("NSpid:", StringComparison.Ordinal))[6..].Trim();
        Console.WriteLine($"ready {nspid.Replace('\t', ' ')}");
        Console.Out.Flush();
        Console.In.ReadToEnd();
        release.Set();
        return 0;
    }

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
