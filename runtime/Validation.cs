namespace Nsfs;

/// <summary>Argument checks shared by the public API, kept out of line so hot paths stay small.</summary>
internal static class Validation
{
    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> unless <paramref name="pid"/> is positive.</summary>
    /// <param name="pid">The value passed.</param>
    /// <param name="paramName">The public method's own name for the parameter (it varies: <c>pid</c>, <c>callerPid</c>), which the exception's ParamName must be.</param>
    public static void ThrowIfNotPositivePid(int pid, string paramName)
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
