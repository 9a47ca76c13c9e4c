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
        var fifo = Path.Combine(Temp, "pipe.h");
        var mkfifo = Process.Start("mkfifo", fifo) ?? throw new InvalidOperationException("mkfifo (coreutils) is needed");
        mkfifo.WaitForExit();
        Assert.True(mkfifo.ExitCode == 0, "mkfifo failed: install coreutils");

        // Opening a FIFO with no writer blocks forever: the file is refused before it is opened.
        var result = await Task.Run(() => CliRunner.Run("ioctls", "--header", fifo)).WaitAsync(TimeSpan.FromSeconds(30));
        AssertOneLine(result, fifo, 8, "is a FIFO");
    }

    [Fact]
    public void A_device_exits_8_without_reading_it()
    {
        AssertRefused("/dev/zero", 8, "is a character device");
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
