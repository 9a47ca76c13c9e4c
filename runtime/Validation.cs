namespace Nsfs;

/// <summary>Argument checks shared by the public API, kept out of line so hot paths stay small.</summary>
internal static class Validation
{
    public static void ThrowIfNotPositivePid(int pid, string paramName = "pid")
    {
        if (pid <= 0)
        {
            ThrowPid(pid, paramName);
        }
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void ThrowPid(int pid, string paramName) =>
        throw new ArgumentOutOfRangeException(paramName, pid, string.Create(CultureInfo.InvariantCulture,
            $"A pid must be positive; got {pid}. (0 and negative values name process groups or the caller in other APIs, never a process here.)"));
}
