using System.Runtime.ExceptionServices;

namespace Nsfs.Generator.Tests.Frontend;

/// <summary>
/// Runs front-end work on its own thread with a 1 MB stack — no more than a compiler host's thread
/// may have — and fails when it does not finish in time. The time limit is only a hang guard: it is
/// far above what any input here needs, and speed itself is not asserted.
/// </summary>
public static class Bounded
{
    /// <summary>The stack the work gets.</summary>
    public const int StackBytes = 1024 * 1024;

    /// <summary>A bound no healthy run comes near.</summary>
    public static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    /// <summary>Runs <paramref name="work"/> and returns its result, rethrowing what it threw.</summary>
    /// <exception cref="TimeoutException">The work did not finish within <see cref="HangGuard"/>.</exception>
    public static T Run<T>(Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        T result = default!;
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = work();
            }
#pragma warning disable CA1031 // Whatever the front end throws is rethrown on the test's thread.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                failure = ExceptionDispatchInfo.Capture(exception);
            }
        }, StackBytes)
        {
            IsBackground = true,
        };
        thread.Start();
        if (!thread.Join(HangGuard))
        {
            throw new TimeoutException($"The front end did not finish within {HangGuard.TotalSeconds} s.");
        }

        failure?.Throw();
        return result;
    }
}
