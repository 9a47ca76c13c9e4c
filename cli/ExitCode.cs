namespace Nsfs.Cli;

/// <summary>The process exit codes every nsfs command uses.</summary>
internal enum ExitCode
{
    /// <summary>Success.</summary>
    Ok = 0,
    /// <summary>Any other failure (permission, unsupported kernel, …); the message is on stderr.</summary>
    Error = 1,
    /// <summary>Bad command line.</summary>
    Usage = 2,
    /// <summary>The pid does not exist in, or is not visible from, the namespace asked about (ESRCH).</summary>
    NotVisible = 3,
    /// <summary>An input file (a header or an ABI baseline) cannot be read.</summary>
    UnreadableInput = 4,
}
