namespace Nsfs.Package.Tests.Infrastructure;

/// <summary>
/// What a finished command printed (<paramref name="Output"/>: stdout and stderr interleaved as it
/// ran; <paramref name="Error"/>: stderr alone), with the command line for failure messages.
/// </summary>
internal sealed record ProcessResult(string CommandLine, int ExitCode, string Output, string Error, TimeSpan Elapsed)
{
    /// <summary>The command line, how long it ran and what it printed, for a test's output.</summary>
    public string Transcript => $"{CommandLine} ({Elapsed.TotalSeconds:F1} s)\n{Output}";

    /// <summary>Asserts a zero exit code, showing the whole output otherwise.</summary>
    public ProcessResult ShouldSucceed()
    {
        Assert.True(ExitCode == 0, $"`{CommandLine}` exited with {ExitCode}:\n{Output}");
        return this;
    }

    /// <summary>Asserts a non-zero exit code (a build that must fail).</summary>
    public ProcessResult ShouldFail()
    {
        Assert.True(ExitCode != 0, $"`{CommandLine}` was expected to fail but exited with 0:\n{Output}");
        return this;
    }
}
