using System.Diagnostics;
using System.Security.Cryptography;

namespace Nsfs.Generator.Tests.Baseline;

/// <summary>
/// <c>headers/update</c>, run on a copy of <c>headers/</c> against temp directories shaped like an
/// installed header tree or a kernel source tree, built from fixture and vendored files (no network).
/// </summary>
public sealed class HeadersUpdateScriptTests : TemporaryDirectoryTests
{
    private static readonly string[] Generic =
        ["linux/ioctl.h", "linux/fcntl.h", "linux/openat2.h", "linux/stat.h", "asm-generic/ioctl.h", "asm-generic/int-ll64.h",
            "asm-generic/fcntl.h", "asm-generic/poll.h", "asm-generic/unistd.h", "asm-generic/errno.h", "asm-generic/errno-base.h"];

    private readonly string _headers;

    public HeadersUpdateScriptTests()
        : base("nsfs-update-")
    {
        _headers = Path.Combine(Temp, "repo", "headers");
        CopyTree(OraclePaths.HeadersRoot, _headers);
    }

    [Fact]
    public void An_installed_tree_is_copied_byte_exact_recorded_as_not_raw_and_diffed()
    {
        // strace's v7.1 copies are headers_install output; its pidfd.h lacks PIDFD_GET_EXE/CWD/ROOT.
        var source = Path.Combine(Temp, "usr", "include");
        foreach (var name in new[] { "nsfs.h", "pidfd.h", "sched.h", "types.h" })
        {
            Copy(Path.Combine(OraclePaths.FixturesRoot, "installed", "strace-v7.1", "linux", name), Path.Combine(source, "linux", name));
        }

        foreach (var name in Generic)
        {
            Copy(Path.Combine(OraclePaths.HeadersRoot, name), Path.Combine(source, name));
        }

        var provenanceBefore = Rows(File.ReadAllText(Path.Combine(_headers, "PROVENANCE.md")));
        var (code, stdout, stderr) = Update(source);

        Assert.True(code == 1, stdout + stderr);
        foreach (var name in new[] { "linux/nsfs.h", "linux/pidfd.h", "linux/sched.h", "linux/types.h" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(source, name)), File.ReadAllBytes(Path.Combine(_headers, name)));
            Assert.Contains($"updated {name}\n", stdout, StringComparison.Ordinal);
        }

        Assert.Contains("same    linux/ioctl.h\n", stdout, StringComparison.Ordinal);
        Assert.Contains("kept    arch/mips/asm/ioctl.h (not in ", stdout, StringComparison.Ordinal);
        Assert.Contains("== linux/nsfs.h (values on x64)\nno ABI changes\n", stdout, StringComparison.Ordinal);
        Assert.Contains("breaking  removed  PIDFD_GET_CWD   _IO(PIDFS_IOCTL_MAGIC, 13) = 0x0000ff0d  -    request removed; was dir=none type=0xff nr=0x0d size=0\n", stdout, StringComparison.Ordinal);
        Assert.Contains("breaking  removed  PIDFD_GET_EXE   _IO(PIDFS_IOCTL_MAGIC, 12) = 0x0000ff0c", stdout, StringComparison.Ordinal);
        Assert.Contains("breaking  removed  PIDFD_GET_ROOT  _IO(PIDFS_IOCTL_MAGIC, 14) = 0x0000ff0e", stdout, StringComparison.Ordinal);
        Assert.Contains("3 breaking, 0 compatible, 0 added\n", stdout, StringComparison.Ordinal);

        var provenance = Rows(File.ReadAllText(Path.Combine(_headers, "PROVENANCE.md")));
        Assert.Equal(provenanceBefore.Keys, provenance.Keys);
        var nsfs = provenance["linux/nsfs.h"];
        Assert.StartsWith($"| `linux/nsfs.h` | 3724 | {Sha256(Path.Combine(source, "linux/nsfs.h"))} | installed headers `{source}` `linux/nsfs.h` | installed (not raw:", nsfs, StringComparison.Ordinal);
        Assert.Equal(provenanceBefore["linux/ioctl.h"], provenance["linux/ioctl.h"]);
        Assert.Equal(provenanceBefore["arch/mips/asm/ioctl.h"], provenance["arch/mips/asm/ioctl.h"]);
    }

    [Fact]
    public void A_kernel_tree_with_the_same_files_changes_nothing_and_exits_0()
    {
        var source = KernelTree(nsfs: Path.Combine(OraclePaths.HeadersRoot, "linux", "nsfs.h"));
        var before = File.ReadAllText(Path.Combine(_headers, "PROVENANCE.md"));

        var (code, stdout, stderr) = Update(source);

        Assert.True(code == 0, stdout + stderr);
        Assert.Equal(before, File.ReadAllText(Path.Combine(_headers, "PROVENANCE.md")));
        Assert.Equal(VendoredHeaderCount(), stdout.Split('\n').Count(l => l.StartsWith("same    ", StringComparison.Ordinal)));
        Assert.Contains("== linux/nsfs.h (values on x64)\nno ABI changes\n== linux/pidfd.h (values on x64)\nno ABI changes\n0 breaking, 0 compatible, 0 added\n", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_kernel_tree_is_recorded_as_raw_with_its_version_and_older_nsfs_breaks()
    {
        var source = KernelTree(nsfs: BaselineInputs.FixturePath("releases/v6.11-rc1", "nsfs.h"));
        File.WriteAllText(Path.Combine(source, "Makefile"), "# SPDX-License-Identifier: GPL-2.0\nVERSION = 6\nPATCHLEVEL = 11\nSUBLEVEL = 0\nEXTRAVERSION = -rc1\n");

        var (code, stdout, stderr) = Update(source);

        Assert.True(code == 1, stdout + stderr);
        Assert.Contains("breaking  direction-changed  NS_GET_MNTNS_ID", stdout, StringComparison.Ordinal);
        Assert.StartsWith($"| `linux/nsfs.h` | 1221 | {Sha256(BaselineInputs.FixturePath("releases/v6.11-rc1", "nsfs.h"))} | kernel tree `{source}` `include/uapi/linux/nsfs.h` (Linux 6.11.0-rc1) | raw |",
            Rows(File.ReadAllText(Path.Combine(_headers, "PROVENANCE.md")))["linux/nsfs.h"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_source_missing_a_file_exits_4_and_changes_nothing()
    {
        var source = Path.Combine(Temp, "usr", "include");
        Copy(Path.Combine(OraclePaths.FixturesRoot, "releases", "v6.11-rc1", "linux", "nsfs.h"), Path.Combine(source, "linux", "nsfs.h"));
        var before = File.ReadAllText(Path.Combine(_headers, "PROVENANCE.md"));

        var (code, _, stderr) = Update(source);

        Assert.Equal(4, code);
        Assert.Contains("is missing or unreadable; nothing was changed", stderr, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(Path.Combine(_headers, "PROVENANCE.md")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(OraclePaths.HeadersRoot, "linux", "nsfs.h")), File.ReadAllBytes(Path.Combine(_headers, "linux", "nsfs.h")));
    }

    [Fact]
    public void A_missing_source_exits_4_and_a_directory_of_another_shape_exits_2()
    {
        Assert.Equal(4, Update(Path.Combine(Temp, "nowhere")).Code);
        Assert.Equal(2, Update(Temp).Code);
    }

    private string KernelTree(string nsfs)
    {
        var source = Path.Combine(Temp, "linux");
        foreach (var name in new[] { "linux/pidfd.h", "linux/sched.h", "linux/types.h" }.Concat(Generic))
        {
            Copy(Path.Combine(OraclePaths.HeadersRoot, name), Path.Combine(source, "include", "uapi", name));
        }

        Copy(nsfs, Path.Combine(source, "include", "uapi", "linux", "nsfs.h"));
        // headers/arch/<arch>/asm/X.h is arch/<arch>/include/uapi/asm/X.h in a kernel tree.
        var arches = Path.Combine(OraclePaths.HeadersRoot, "arch");
        foreach (var file in Directory.GetFiles(arches, "*.h", SearchOption.AllDirectories))
        {
            var parts = Path.GetRelativePath(arches, file).Split(Path.DirectorySeparatorChar);
            Copy(file, Path.Combine(source, "arch", parts[0], "include", "uapi", "asm", parts[^1]));
        }

        return source;
    }

    private static int VendoredHeaderCount() =>
        Directory.GetFiles(OraclePaths.HeadersRoot, "*.h", SearchOption.AllDirectories).Length;

    private (int Code, string Stdout, string Stderr) Update(string source)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Temp };
        start.ArgumentList.Add(Path.Combine(_headers, "update"));
        start.ArgumentList.Add(source);
        // The cli this test project references, already built next to the tests (no dotnet run, no rebuild).
        start.Environment["NSFS_CLI"] = "dotnet " + typeof(Nsfs.Cli.Commands.DiffCommand).Assembly.Location;
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout, stderr.Result);
    }

    private static Dictionary<string, string> Rows(string provenance) =>
        provenance.Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal))
            .ToDictionary(l => l.Split('`')[1], l => l);

    private static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        File.Copy(from, to, overwrite: true);
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
        }

        // File.Copy keeps the mode bits on Unix, so update stays executable; bash runs it either way.
    }
}
