using System.Diagnostics;
using System.Globalization;
using Nsfs.Tests.Shared;

namespace Nsfs.Benchmarks;

/// <summary>
/// A new PID namespace holding two processes, made with util-linux unshare: its init and a second
/// process (pid 2 inside), the target, so "the init of the target's namespace" is a different pid
/// from the target itself. Killing unshare ends the namespace (--kill-child).
/// </summary>
internal sealed class ChildPidNamespace : IDisposable
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(10);

    private readonly Process _unshare;

    private ChildPidNamespace(Process unshare, int initPid, int targetPid)
    {
        _unshare = unshare;
        InitPid = initPid;
        TargetPid = targetPid;
    }

    /// <summary>The host pid of the namespace's pid 1.</summary>
    public int InitPid { get; }

    /// <summary>The host pid of another process in the namespace.</summary>
    public int TargetPid { get; }

    public static ChildPidNamespace Start()
    {
        // sh becomes pid 1, starts the target (pid 2) and execs into sleep, so neither exits.
        var unshare = Process.Start(ChildProcess.StartInfo("unshare", ["--pid", "--fork", "--kill-child", "sh", "-c", "sleep infinity & exec sleep infinity"]))
            ?? throw new InvalidOperationException("Could not start unshare.");
        try
        {
            int init = ChildProcess.WaitFor(() => SleepingChild(unshare.Id), "the namespace's init", ReadyTimeout);
            int target = ChildProcess.WaitFor(() => SleepingChild(init), "the process inside the namespace", ReadyTimeout);
            return new ChildPidNamespace(unshare, init, target);
        }
        catch (TimeoutException) when (unshare.HasExited)
        {
            // unshare itself failed (no privilege for a PID namespace, say): say why, not that it timed out.
            var failure = $"unshare exited with {unshare.ExitCode} before the namespace was ready: {unshare.StandardError.ReadToEnd().Trim()}";
            ChildProcess.Stop(unshare, ReadyTimeout);
            throw new InvalidOperationException(failure);
        }
        catch
        {
            ChildProcess.Stop(unshare, ReadyTimeout);
            throw;
        }
    }

    // unshare ignores SIGTERM while it waits; the SIGKILL that Stop sends makes the kernel kill its child too.
    public void Dispose() => ChildProcess.Stop(_unshare, ReadyTimeout);

    /// <summary>A child of <paramref name="parent"/> that has exec'd sleep, or 0.</summary>
    private static int SleepingChild(int parent)
    {
        foreach (string dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out int pid))
            {
                continue;
            }

            try
            {
                // stat is "pid (comm) state ppid ...": comm may hold spaces, so split after the last ')'.
                string stat = File.ReadAllText(dir + "/stat");
                int close = stat.LastIndexOf(')');
                string[] rest = stat[(close + 2)..].Split(' ');
                string comm = stat[(stat.IndexOf('(', StringComparison.Ordinal) + 1)..close];
                if (comm == "sleep" && int.Parse(rest[1], CultureInfo.InvariantCulture) == parent)
                {
                    return pid;
                }
            }
            catch (IOException)
            {
                // Exited while being read.
            }
        }

        return 0;
    }
}
