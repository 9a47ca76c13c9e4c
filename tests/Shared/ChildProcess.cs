using System.Diagnostics;

namespace Nsfs.Tests.Shared;

/// <summary>
/// Starting, waiting for and stopping the long-lived child processes of the tests, the fuzzer's
/// workers and the benchmarks' PID namespace: every stream redirected, arguments passed one by one
/// and never through a shell, and a stop that takes the child's whole tree, so nothing started
/// through it outlives its owner. (Tests that run a short command to completion start it themselves.)
/// </summary>
internal static class ChildProcess
{
    /// <summary>Start information for <paramref name="file"/> with standard input, output and error redirected.</summary>
    /// <param name="file">The program (looked up on PATH when it has no directory).</param>
    /// <param name="arguments">Its arguments, each passed as one argv entry.</param>
    /// <param name="environment">Variables to set on top of the inherited environment.</param>
    public static ProcessStartInfo StartInfo(string file, IEnumerable<string> arguments, IEnumerable<KeyValuePair<string, string>>? environment = null)
    {
        var info = new ProcessStartInfo(file)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? [])
        {
            info.Environment[name] = value;
        }

        return info;
    }

    /// <summary>
    /// Asks <paramref name="probe"/> every 10 ms until it answers something other than 0 (a pid,
    /// usually, of a process that has reached the state waited for) and returns that answer.
    /// </summary>
    /// <param name="probe">Looks once; 0 means not yet.</param>
    /// <param name="what">What is waited for, for the timeout's message.</param>
    /// <param name="timeout">How long to keep asking.</param>
    /// <exception cref="TimeoutException">The probe still answered 0 after <paramref name="timeout"/>.</exception>
    public static int WaitFor(Func<int> probe, string what, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            int value = probe();
            if (value != 0)
            {
                return value;
            }

            Thread.Sleep(10);
        }

        throw new TimeoutException($"Timed out waiting for {what}.");
    }

    /// <summary>Kills <paramref name="process"/> and its descendants unless it has exited, waits for it, and disposes it.</summary>
    /// <param name="process">The child.</param>
    /// <param name="wait">How long to wait for it to be gone after the kill.</param>
    public static void Stop(Process process, TimeSpan wait)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            process.WaitForExit(wait);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        process.Dispose();
    }
}
