using Nsfs.Metadata;

namespace Nsfs.Cli;

/// <summary>Where a command writes: the real console, or buffers when tests run commands in-process.</summary>
/// <param name="Out">Results (stdout).</param>
/// <param name="Error">Messages (stderr).</param>
internal sealed record CliContext(TextWriter Out, TextWriter Error)
{
    /// <summary>
    /// The architecture the command runs on, whose values are shown when none is named: this
    /// process's, or <see langword="null"/> on one Linux has no data model for (tests set either).
    /// </summary>
    public LinuxArchitecture? Machine { get; init; } = LinuxArchitectures.Current;
}
