using System.Runtime.InteropServices;

namespace Nsfs.Fuzz;

/// <summary>
/// The CPU time the calling thread has used. An input's cost is measured in it rather than in wall
/// time, so other work on the machine (the other test projects, the other worker) cannot make an
/// input look slow: a starved thread's wall time grows, its CPU time does not.
/// </summary>
internal static partial class ThreadCpuTime
{
    // CLOCK_THREAD_CPUTIME_ID, from the kernel's uapi linux/time.h.
    private const int ClockThreadCpuTimeId = 3;

    /// <summary>Reads the clock, in milliseconds.</summary>
    public static double ReadMilliseconds()
    {
        if (ClockGetTime(ClockThreadCpuTimeId, out var now) != 0)
        {
            throw new InvalidOperationException($"clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed: errno {Marshal.GetLastPInvokeError()}.");
        }

        return (now.Seconds * 1000.0) + (now.Nanoseconds / 1_000_000.0);
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public nint Seconds;
        public nint Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime", SetLastError = true)]
    private static partial int ClockGetTime(int clock, out Timespec time);
}
