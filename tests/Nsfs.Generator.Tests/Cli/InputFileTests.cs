using System.Diagnostics;

namespace Nsfs.Generator.Tests.Cli;

/// <summary>
/// How <c>nsfs</c> reads the files it is given: each kind of bad input is one line on stderr that
/// names the file, with its own exit code (cli/ExitCode.cs, docs/cli.md), never a stack trace, and
/// never a hang or an unbounded read.
/// </summary>
public sealed class InputFileTests() : TemporaryDirectoryTests("nsfs-input-")
{
    [Fact]
    public void A_missing_file_exits_5()
    {
        AssertRefused(Path.Combine(Temp, "absent.h"), 5, "no such file");
    }

    [Fact]
    public void A_directory_exits_7()
    {
        AssertRefused(Temp, 7, "is a directory");
    }

    [Fact]
    public async Task A_fifo_exits_8_without_blocking()
    {
        var fifo = Fifo.Create(Path.Combine(Temp, "pipe.h"));

        // Opening a FIFO with no writer would block forever: the cli runs in a process of its own,
        // killed (and the test failed) if it hangs.
        AssertOneLine(await CliRunner.RunInProcessOfItsOwnAsync("ioctls", "--header", fifo), fifo, 8, "is a FIFO");
    }

    [Fact]
    public void A_fifo_swapped_in_after_the_path_could_have_been_checked_is_refused_without_blocking()
    {
        // input.h is a symbolic link that another thread keeps pointing at a regular file and at a
        // FIFO, back and forth, while the input is read again and again: a reader that checks the
        // path and then opens it sooner or later opens the FIFO it did not check, and blocks there.
        var regular = Write("regular.h", "#define REGULAR 1\n");
        var fifo = Fifo.Create(Path.Combine(Temp, "pipe.h"));
        var input = Path.Combine(Temp, "input.h");
        File.CreateSymbolicLink(input, regular);

        using var stop = new CancellationTokenSource();
        var flips = 0;
        Exception? flipperFailure = null;
        var flipper = new Thread(() =>
        {
            try
            {
                var next = Path.Combine(Temp, "next.h");
                for (var toFifo = true; !stop.IsCancellationRequested; toFifo = !toFifo)
                {
                    File.CreateSymbolicLink(next, toFifo ? fifo : regular);
                    File.Move(next, input, overwrite: true);
                    Interlocked.Increment(ref flips);
                }
            }
            catch (Exception error)
            {
                flipperFailure = error;
            }
        }) { IsBackground = true, Name = "symlink flipper" };

        // Reads until the link has changed often enough, or for long enough on a slow machine. Only a
        // read that does not return for 10 s fails the test: one read takes microseconds, so that is
        // a block, not a slow machine.
        const int Flips = 20_000;
        var enough = TimeSpan.FromSeconds(30);
        var outcomes = new List<string>();
        flipper.Start();
        bool returned;
        try
        {
            returned = Fifo.RunUnlessBlocked(fifo, (step, blocked) =>
            {
                var clock = Stopwatch.StartNew();
                while (Volatile.Read(ref flips) < Flips && clock.Elapsed < enough && !blocked.IsCancellationRequested && flipper.IsAlive)
                {
                    try
                    {
                        Assert.Equal("#define REGULAR 1\n", Nsfs.Cli.InputFile.ReadText(input));
                    }
                    catch (Nsfs.Cli.InputFileException refused)
                    {
                        outcomes.Add($"{refused.ExitCode}: {refused.Message}");
                    }

                    step();
                }
            }, stall: TimeSpan.FromSeconds(10));
        }
        finally
        {
            stop.Cancel();
            flipper.Join();
        }

        Assert.True(returned, "the reader blocked opening a FIFO that was swapped in after the path was checked");
        Assert.Null(flipperFailure);
        Assert.True(flips > 0, "the link never changed while the input was read");
        Assert.All(outcomes, o => Assert.Equal($"{Nsfs.Cli.ExitCode.InputNotRegularFile}: {input}: is a FIFO, not a regular file", o));
    }

    [Fact]
    public void A_socket_exits_8()
    {
        // open(2) refuses a socket (ENXIO) rather than opening it.
        var path = Path.Combine(Temp, "socket.h");
        using var socket = new System.Net.Sockets.Socket(System.Net.Sockets.AddressFamily.Unix, System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Unspecified);
        socket.Bind(new System.Net.Sockets.UnixDomainSocketEndPoint(path));

        AssertRefused(path, 8, "is a socket");
    }

    [Theory]
    [InlineData("/dev/null")]
    [InlineData("/dev/zero")]
    public void A_device_exits_8_without_reading_it(string device)
    {
        AssertRefused(device, 8, "is a character device, not a regular file");
    }

    [Fact]
    public void A_file_that_is_not_regular_is_refused_without_being_opened()
    {
        // Opening a device can act on it (a watchdog arms, a tape rewinds when closed), so the type
        // is looked at by path first. inotify sees every open of a file; a FIFO stands for the
        // devices, since any user can make one and no one else opens it meanwhile.
        var fifo = Fifo.Create(Path.Combine(Temp, "pipe.h"));
        using var watch = new OpenWatch(fifo);

        AssertRefused(fifo, 8, "is a FIFO, not a regular file");
        Assert.False(watch.Opened(), "the cli opened a FIFO before refusing it");

        // The watch does see an open (read-write, which does not wait for a writer).
        File.OpenHandle(fifo, FileMode.Open, FileAccess.ReadWrite).Dispose();
        Assert.True(watch.Opened(), "inotify reported no open of the FIFO, so the check above proves nothing");
    }

    [Fact]
    public void A_leased_file_exits_4_at_once_naming_it()
    {
        // Under a write lease an open that must not wait is EWOULDBLOCK (a waiting one would wait
        // for the holder to give the file up).
        var leased = Write("leased.h", "#define LEASED 1\n");
        using (new WriteLease(leased))
        {
            AssertRefused(leased, 4, "it is leased, and opening it would wait until the lease holder gives it up");
        }

        Assert.Equal("#define LEASED 1\n", Nsfs.Cli.InputFile.ReadText(leased));
    }

    [Fact]
    public void A_namespace_file_which_cannot_seek_exits_4_naming_it()
    {
        // A regular file to statx that refuses to seek, and to be read (EINVAL).
        AssertRefused("/proc/self/ns/net", 4, "read failed: Invalid argument");
    }

    [Fact]
    public void A_regular_file_that_fails_to_read_exits_4_naming_it()
    {
        // /proc/self/mem is a regular file to statx, and reading it at offset 0 (the unmapped first
        // page of the reading process) is EIO: the handle comes from a descriptor, so .NET's
        // message alone would not say which file.
        const string Memory = "/proc/self/mem";
        Assert.Equal(0, Nsfs.Interop.NativeCalls.Statx(Memory, Nsfs.Uapi.LinuxStat.STATX_TYPE, out var status, out var errno));
        Assert.True((status.stx_mode & Nsfs.Uapi.LinuxStat.S_IFMT) == Nsfs.Uapi.LinuxStat.S_IFREG, $"{Memory} is expected to be a regular file to statx (errno {errno})");

        AssertRefused(Memory, 4, "read failed: Input/output error");
    }

    [Fact]
    public void A_file_over_a_mebibyte_exits_9()
    {
        var big = Write("big.h", new string(' ', Nsfs.Headers.HeaderLimits.MaxHeaderChars + 1));

        AssertRefused(big, 9, "1,048,577 bytes is more than the 1,048,576");
    }

    [Fact]
    public void A_file_of_exactly_a_mebibyte_is_read()
    {
        var limit = Write("limit.h", "#define AT_LIMIT 1\n" + new string(' ', Nsfs.Headers.HeaderLimits.MaxHeaderChars - 20) + "\n");

        var (code, _, stderr) = CliRunner.Run("ioctls", "--header", limit);

        Assert.True(code == 0, stderr);
    }

    [Theory]
    [InlineData(new byte[] { 0x23, 0x64, 0xff, 0xfe, 0x0a }, "not UTF-8 text")]
    [InlineData(new byte[] { 0x23, 0x64, 0x00, 0x0a }, "a NUL byte at offset 2")]
    public void Bytes_that_are_not_text_exit_10(byte[] content, string reason)
    {
        var binary = Path.Combine(Temp, "binary.h");
        File.WriteAllBytes(binary, content);

        AssertRefused(binary, 10, reason);
    }

    [Fact]
    public async Task An_unreadable_file_exits_6_for_an_unprivileged_user()
    {
        // A file without permission bits is unreadable even to its owner, unless that owner is root.
        var secret = Write("secret.h", "#define SECRET 1\n");
        File.SetUnixFileMode(secret, UnixFileMode.None);

        AssertOneLine(await CliRunner.RunUnprivilegedAsync(Temp, "ioctls", "--header", secret), secret, 6, "permission denied");
    }

    [Fact]
    public void A_file_whose_size_statx_does_not_know_is_read_whole()
    {
        // procfs reports size 0 for files that have text: the buffer grows past the size statx gave.
        const string Version = "/proc/version";
        Assert.True(new FileInfo(Version).Length == 0, $"{Version} is expected to report size 0 (procfs mounted on /proc)");

        Assert.Equal(File.ReadAllText(Version), Nsfs.Cli.InputFile.ReadText(Version));
    }

    [Fact]
    public void The_diff_command_reads_its_inputs_the_same_way()
    {
        var header = Write("my.h", "#define A 1\n");

        AssertOneLine(CliRunner.Run("diff", "/dev/zero", header), "/dev/zero", 8, "is a character device");
        AssertOneLine(CliRunner.Run("diff", Path.Combine(Temp, "absent.h"), header), Path.Combine(Temp, "absent.h"), 5, "no such file");
    }

    private static void AssertRefused(string path, int exitCode, string reason) =>
        AssertOneLine(CliRunner.Run("ioctls", "--header", path), path, exitCode, reason);

    private static void AssertOneLine((int Code, string Stdout, string Stderr) result, string path, int exitCode, string reason)
    {
        var lines = result.Stderr.TrimEnd('\n').Split('\n');
        Assert.True(result.Code == exitCode && lines.Length == 1, $"exit {result.Code}, stderr:\n{result.Stderr}");
        Assert.StartsWith("nsfs: ", lines[0], StringComparison.Ordinal);
        Assert.Contains(path, lines[0], StringComparison.Ordinal);
        Assert.Contains(reason, lines[0], StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Stdout);
    }
}
