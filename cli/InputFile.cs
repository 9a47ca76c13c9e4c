using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;
using Nsfs.Headers;
using Nsfs.Interop;
using Nsfs.Uapi;

namespace Nsfs.Cli;

/// <summary>
/// Reads a file named on the command line the way a careful tool does: looked at by path first (a
/// directory, FIFO, device or socket is refused without being opened), then opened once without
/// waiting and checked again through that handle (so what is read is what was checked, even if the
/// path was replaced meanwhile: a FIFO cannot block and <c>/dev/zero</c> cannot fill memory), read
/// through it, at most <see cref="MaxBytes"/> bytes, and strict UTF-8. Every failure is an
/// <see cref="InputFileException"/> naming the file, with its own exit code.
/// </summary>
internal static class InputFile
{
    /// <summary>The largest input: the front end reads no larger header.</summary>
    public const int MaxBytes = HeaderLimits.MaxHeaderChars;

    // What is checked: the file type (regular file, else which kind) and the size.
    private const uint StatusMask = LinuxStat.STATX_TYPE | LinuxStat.STATX_SIZE;

    private const string NoSuchFile = "no such file";
    private const string PermissionDenied = "permission denied";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text of the file at <paramref name="path"/>, or <see langword="null"/> when there is no such file.</summary>
    /// <exception cref="InputFileException">It exists but is not a readable regular UTF-8 file of at most <see cref="MaxBytes"/> bytes.</exception>
    public static string? ReadTextIfExists(string path)
    {
        try
        {
            return ReadText(path);
        }
        catch (InputFileException error) when (error.ExitCode == ExitCode.InputNotFound)
        {
            return null;
        }
    }

    /// <summary>The text of the file at <paramref name="path"/>.</summary>
    /// <exception cref="InputFileException">It is missing, not a regular file, not readable, too large or not UTF-8.</exception>
    public static string ReadText(string path)
    {
        byte[] bytes;
        int length;
        using (var handle = OpenRegular(path, out var size))
        {
            if (size > MaxBytes)
            {
                throw TooLarge(path, size);
            }

            try
            {
                (bytes, length) = ReadAtMostOneByteOverLimit(handle, (int)size);
            }
            catch (IOException error)
            {
                // The handle came from a descriptor, so .NET's message does not name the file.
                throw ReadFailure(error, path);
            }

            if (length > MaxBytes)
            {
                throw TooLarge(path, length);
            }
        }

        try
        {
            var text = StrictUtf8.GetString(bytes, 0, length);
            var nul = text.IndexOf('\0', StringComparison.Ordinal);
            return nul < 0 ? text
                : throw new InputFileException(path, ExitCode.InputNotText, $"not a text file (a NUL byte at offset {StrictUtf8.GetByteCount(text.AsSpan(0, nul))})");
        }
        catch (DecoderFallbackException error)
        {
            var offset = error.Index >= 0 ? $" at byte {error.Index}" : string.Empty;
            throw new InputFileException(path, ExitCode.InputNotText, $"not UTF-8 text (an invalid byte sequence{offset})");
        }
    }

    // Looked at by path first, so that anything but a regular file is refused without being opened:
    // opening a device can act on it (a watchdog arms, a tape rewinds when closed). Then opened
    // without waiting (O_NONBLOCK) and checked again through the handle, since the path may name
    // something else by then: what is read is what the second check saw, and a FIFO swapped in
    // opens at once and is refused here instead of blocking.
    private static SafeFileHandle OpenRegular(string path, out long size)
    {
        var (mode, _) = Status(NativeCalls.Statx(path, StatusMask, out var byPath, out var errno), byPath, errno, path, NoSuchFile);
        RequireRegular(mode, path);

        var fd = NativeCalls.Open(path, out errno);
        if (fd < 0)
        {
            throw errno == Errno.ENXIO ? NotRegular(path) : Failure(errno, path, NoSuchFile);
        }

        var handle = new SafeFileHandle(fd, ownsHandle: true);
        try
        {
            (mode, size) = Status(NativeCalls.Statx(handle, StatusMask, out var opened, out errno), opened, errno, path, NoSuchFile);
            RequireRegular(mode, path);
            return handle;
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    // ENXIO: a socket, or a device with no driver, which open(2) refuses; the kind is looked up
    // for the message only (statx does not block).
    private static InputFileException NotRegular(string path)
    {
        var known = NativeCalls.Statx(path, StatusMask, out var buffer, out _) == 0;
        var type = known ? buffer.stx_mode & LinuxStat.S_IFMT : 0;
        return new InputFileException(path, ExitCode.InputNotRegularFile, $"is {Kind(type)}, not a regular file");
    }

    /// <summary>Checks that <paramref name="path"/> names a directory (a link to one will do), for a folder named on the command line.</summary>
    /// <exception cref="InputFileException">It is missing, may not be looked at, or is not a directory.</exception>
    public static void RequireDirectory(string path)
    {
        var type = Status(NativeCalls.Statx(path, StatusMask, out var buffer, out var errno), buffer, errno, path, "no such directory").Mode & LinuxStat.S_IFMT;
        if (type != LinuxStat.S_IFDIR)
        {
            throw new InputFileException(path, ExitCode.InputNotRegularFile, $"is {Kind(type)}, not a directory");
        }
    }

    // Reads until end of file into a buffer sized from statx, plus the one byte that tells a file
    // that grew past the limit since from one that fits; the file may also have grown within the
    // limit, so a full buffer grows (up to that one byte over) until a read finds the end. Read in
    // order, not at offsets: some files that say they are regular cannot seek (a namespace file),
    // and must fail as a read does, naming the file, not as a stream that cannot seek.
    private static (byte[] Bytes, int Length) ReadAtMostOneByteOverLimit(SafeFileHandle handle, int statxSize)
    {
        using var stream = new FileStream(handle, FileAccess.Read, bufferSize: 0);
        var bytes = new byte[Math.Min(statxSize, MaxBytes) + 1];
        var length = 0;
        while (true)
        {
            var read = stream.Read(bytes.AsSpan(length));
            if (read == 0)
            {
                return (bytes, length);
            }

            length += read;
            if (length == bytes.Length)
            {
                if (length > MaxBytes)
                {
                    return (bytes, length);
                }

                // Files that report no size (procfs) start at one byte: grow by at least a page.
                Array.Resize(ref bytes, (int)Math.Min(Math.Max(2L * bytes.Length, 4096), MaxBytes + 1L));
            }
        }
    }

    private static InputFileException TooLarge(string path, long size) =>
        new(path, ExitCode.InputTooLarge, $"{size:N0} bytes is more than the {MaxBytes:N0} a header may have");

    private static void RequireRegular(int mode, string path)
    {
        var type = mode & LinuxStat.S_IFMT;
        if (type != LinuxStat.S_IFREG)
        {
            throw new InputFileException(path, type == LinuxStat.S_IFDIR ? ExitCode.InputIsDirectory : ExitCode.InputNotRegularFile,
                $"is {Kind(type)}, not a regular file");
        }
    }

    private static string Kind(int type) => type switch
    {
        LinuxStat.S_IFREG => "a regular file",
        LinuxStat.S_IFDIR => "a directory",
        LinuxStat.S_IFIFO => "a FIFO",
        LinuxStat.S_IFCHR => "a character device",
        LinuxStat.S_IFBLK => "a block device",
        LinuxStat.S_IFSOCK => "a socket",
        _ => "of an unknown type",
    };

    private static (int Mode, long Size) Status(int result, in statx buffer, int errno, string path, string missing) =>
        result == 0 ? (buffer.stx_mode, (long)buffer.stx_size) : throw Failure(errno, path, missing);

    private static InputFileException Failure(int errno, string path, string missing) => errno switch
    {
        Errno.ENOENT or Errno.ENOTDIR => new InputFileException(path, ExitCode.InputNotFound, missing),
        Errno.EACCES or Errno.EPERM => new InputFileException(path, ExitCode.InputPermissionDenied, PermissionDenied),
        // open(2) without waiting fails so only when someone holds a lease on the file.
        _ when errno == Errno.EAGAIN => new InputFileException(path, ExitCode.UnreadableInput,
            $"it is leased, and opening it would wait until the lease holder gives it up ({Marshal.GetPInvokeErrorMessage(errno)})"),
        _ => new InputFileException(path, ExitCode.UnreadableInput, Marshal.GetPInvokeErrorMessage(errno)),
    };

    // On Linux .NET gives an I/O error the errno as its HResult.
    private static InputFileException ReadFailure(IOException error, string path) =>
        new(path, ExitCode.UnreadableInput, error.HResult == Errno.EAGAIN
            ? $"reading it would wait, although it says it is a regular file ({error.Message})"
            : $"read failed: {error.Message}");
}

/// <summary>An input file that cannot be used: the message names it, the exit code says why.</summary>
internal sealed class InputFileException : IOException
{
    public InputFileException(string path, ExitCode exitCode, string reason)
        : base($"{path}: {reason}")
    {
        Path = path;
        ExitCode = exitCode;
    }

    /// <summary>The file as named on the command line.</summary>
    public string Path { get; }

    /// <summary>The exit code for this failure.</summary>
    public ExitCode ExitCode { get; }

    /// <summary>
    /// The exit code for a failure while reading inputs: this exception's own; else, for what .NET
    /// throws while walking a folder, the one for the same errno; else <see cref="ExitCode.UnreadableInput"/>.
    /// </summary>
    public static ExitCode ExitCodeFor(Exception error) => error switch
    {
        InputFileException input => input.ExitCode,
        UnauthorizedAccessException => ExitCode.InputPermissionDenied,
        FileNotFoundException or DirectoryNotFoundException => ExitCode.InputNotFound,
        _ => ExitCode.UnreadableInput,
    };
}
