using System.Diagnostics;
using System.Runtime.ExceptionServices;

namespace Nsfs.Tests.Shared;

/// <summary>
/// FIFOs for the tests of code that must never wait on one: creating them, and running code that
/// opens one so that, should it block, the test fails instead of the test run hanging.
/// </summary>
internal static class Fifo
{
    /// <summary>Creates a FIFO at <paramref name="path"/> (mkfifo, from coreutils) and returns the path.</summary>
    public static string Create(string path)
    {
        Process mkfifo;
        try
        {
            mkfifo = Process.Start("mkfifo", [path]);
        }
        catch (System.ComponentModel.Win32Exception error)
        {
            throw new InvalidOperationException("mkfifo is needed on PATH: apt-get install coreutils", error);
        }

        using (mkfifo)
        {
            mkfifo.WaitForExit();
            Assert.True(mkfifo.ExitCode == 0, $"mkfifo {path} failed (exit {mkfifo.ExitCode})");
        }

        return path;
    }

    /// <summary>
    /// Runs <paramref name="work"/> on a thread of its own until it returns. The work calls the
    /// action it is given after every step; when no step is made for <paramref name="stall"/> the
    /// thread is taken to be blocked opening <paramref name="fifo"/>: the token the work is given is
    /// cancelled (so it stops at its next step), the FIFO is opened and closed until the thread ends,
    /// to let each waiting open complete, and the answer is <see langword="false"/>. Only a real
    /// block fails, never a slow machine: a thread that keeps stepping is waited for however long it
    /// takes (the work bounds itself).
    /// </summary>
    /// <returns>Whether the work returned without stalling.</returns>
    /// <exception cref="Exception">Whatever the work threw, unless it had blocked, is rethrown.</exception>
    public static bool RunUnlessBlocked(string fifo, Action<Action, CancellationToken> work, TimeSpan stall)
    {
        using var blockedFound = new CancellationTokenSource();
        long steps = 0;
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                work(() => Interlocked.Increment(ref steps), blockedFound.Token);
            }
            catch (Exception error)
            {
                failure = ExceptionDispatchInfo.Capture(error);
            }
        }) { IsBackground = true, Name = "FIFO opener" };
        thread.Start();

        var clock = Stopwatch.StartNew();
        var seen = Volatile.Read(ref steps);
        var lastStep = clock.Elapsed;
        var blocked = false;
        while (!thread.Join(TimeSpan.FromMilliseconds(100)))
        {
            var now = Volatile.Read(ref steps);
            if (now != seen)
            {
                (seen, lastStep) = (now, clock.Elapsed);
            }
            else if (clock.Elapsed - lastStep > stall)
            {
                blocked = true;
                blockedFound.Cancel();
                do
                {
                    Release(fifo);
                }
                while (!thread.Join(TimeSpan.FromMilliseconds(100)));

                break;
            }
        }

        // Once the thread was found blocked, what it threw after being let go is a consequence, not news.
        if (!blocked)
        {
            failure?.Throw();
        }

        return !blocked;
    }

    // A writer (or reader) arriving completes a waiting open. Opened read-write, which on Linux never
    // waits for the other end, so this cannot block should the thread be somewhere else by now.
    private static void Release(string fifo) => File.OpenHandle(fifo, FileMode.Open, FileAccess.ReadWrite).Dispose();
}
