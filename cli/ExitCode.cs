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
    /// <summary>An input (a header, an ABI baseline, a folder of headers) cannot be read (an I/O error not listed below).</summary>
    UnreadableInput = 4,
    /// <summary>An input file or folder does not exist.</summary>
    InputNotFound = 5,
    /// <summary>An input file or folder may not be read (EACCES, EPERM).</summary>
    InputPermissionDenied = 6,
    /// <summary>An input file is a directory.</summary>
    InputIsDirectory = 7,
    /// <summary>An input file is a FIFO, a device or a socket, not a regular file; or a folder option names something that is not a directory.</summary>
    InputNotRegularFile = 8,
    /// <summary>An input file is larger than a header may be (1 MiB).</summary>
    InputTooLarge = 9,
    /// <summary>An input file is not UTF-8 text (an invalid byte sequence or a NUL byte).</summary>
    InputNotText = 10,
}
