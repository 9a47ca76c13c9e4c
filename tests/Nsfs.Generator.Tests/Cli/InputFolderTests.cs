namespace Nsfs.Generator.Tests.Cli;

/// <summary>
/// How <c>nsfs</c> treats the folders it is given or walks (<c>--header-dir</c>, <c>--include</c>,
/// <c>--include-arch</c>, the include roots of <c>diff</c>): each failure is one line on stderr with
/// the exit code docs/cli.md gives it, never a stack trace, whichever command met it.
/// </summary>
public sealed class InputFolderTests() : TemporaryDirectoryTests("nsfs-folders-")
{
    [Fact]
    public void A_missing_architecture_folder_exits_5()
    {
        // --header-dir and --include: IoctlsIncludeOptionsTests.A_missing_folder_is_a_missing_input.
        var absent = Path.Combine(Temp, "absent");

        AssertOneLine(CliRunner.Run("ioctls", "--include-arch", "x86=" + absent, "--header-dir", Temp), 5, $"{absent}: no such directory");
    }

    [Theory]
    [InlineData("--header-dir", "")]
    [InlineData("--include", "")]
    [InlineData("--include-arch", "x86=")]
    public void A_file_named_as_a_folder_exits_8(string option, string prefix)
    {
        var file = Write("file.h", "#define A 1\n");

        AssertOneLine(CliRunner.Run("ioctls", option, prefix + file, "--header-dir", Temp), 8, $"{file}: is a regular file, not a directory");
    }

    [Fact]
    public async Task An_unreadable_folder_below_header_dir_exits_6()
    {
        Write("t/linux/a.h", "#define A_GET _IOR('a', 1, int)\n");
        var locked = LockedFolder("t/linux/locked");

        AssertOneLine(await CliRunner.RunUnprivilegedAsync(Temp, "ioctls", "--header-dir", Path.Combine(Temp, "t/linux"), "--arch", "x64"), 6, locked);
    }

    [Fact]
    public async Task An_unreadable_folder_below_a_diff_root_exits_6()
    {
        Write("old/linux/a.h", "#define A_GET _IOR('a', 1, int)\n");
        Write("new/linux/a.h", "#define A_GET _IOR('a', 1, int)\n");
        var locked = LockedFolder("new/locked");

        AssertOneLine(await CliRunner.RunUnprivilegedAsync(Temp, "diff", Path.Combine(Temp, "old"), Path.Combine(Temp, "new")), 6, locked);
    }

    [Fact]
    public void Baseline_accept_of_a_folder_exits_7_and_of_a_missing_header_5()
    {
        var missing = Path.Combine(Temp, "missing.h");

        AssertOneLine(CliRunner.Run("baseline", "accept", Temp), 7, $"{Temp}: is a directory");
        AssertOneLine(CliRunner.Run("baseline", "accept", missing), 5, $"{missing}: no such file");
    }

    /// <summary>Deletes the folders it locked the test itself out of (an unprivileged owner could not).</summary>
    protected override void Dispose(bool disposing)
    {
        foreach (var folder in Directory.EnumerateDirectories(Temp, "locked", SearchOption.AllDirectories))
        {
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        base.Dispose(disposing);
    }

    // An empty folder no one but root may list; its full path.
    private string LockedFolder(string relative)
    {
        var folder = Directory.CreateDirectory(Path.Combine(Temp, relative)).FullName;
        File.SetUnixFileMode(folder, UnixFileMode.None);
        return folder;
    }

    private static void AssertOneLine((int Code, string Stdout, string Stderr) result, int exitCode, string message)
    {
        var lines = result.Stderr.TrimEnd('\n').Split('\n');
        Assert.True(result.Code == exitCode && lines.Length == 1 && !result.Stderr.Contains("   at ", StringComparison.Ordinal),
            $"expected exit {exitCode} and one line; exit {result.Code}, stderr:\n{result.Stderr}");
        Assert.StartsWith("nsfs: cannot read input: ", lines[0], StringComparison.Ordinal);
        Assert.Contains(message, lines[0], StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Stdout);
    }
}
