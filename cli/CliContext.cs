namespace Nsfs.Cli;

/// <summary>Where a command writes: the real console, or buffers when tests run commands in-process.</summary>
/// <param name="Out">Results (stdout).</param>
/// <param name="Error">Messages (stderr).</param>
internal sealed record CliContext(TextWriter Out, TextWriter Error);
