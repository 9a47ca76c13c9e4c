namespace Nsfs.Package.Tests;

/// <summary>The README's first command as a new user runs it: in a fresh clone of the commit under test.</summary>
public sealed class FirstRunTests(ITestOutputHelper output)
{
    [Fact]
    public void Dotnet_run_cli_ls_in_a_clean_clone_exits_0_and_writes_nothing_to_stderr()
    {
        Requirements.Program("git", "git");
        string clone = Directory.CreateTempSubdirectory("nsfs-first-run-").FullName;
        try
        {
            // The committed tree only: no bin/, obj/ or files a developer has not committed.
            Command.Run("git", ["clone", "--quiet", Repository.Root, clone], Path.GetTempPath()).ShouldSucceed();

            var run = Command.Dotnet(["run", "--project", "cli", "--", "ls"], clone);
            output.WriteLine(run.Transcript);

            Assert.True(run.ExitCode == 0, $"exit code {run.ExitCode}:\n{run.Output}");
            Assert.True(run.Error.Length == 0, $"stderr is not empty:\n{run.Error}");
            // No diagnostic of the build either (dotnet run prints build warnings on stdout).
            Assert.DoesNotMatch(@"\b(warning|error) [A-Z]+\d{4}\b", run.Output);
            // The listing itself: lsns's header, and our own PID namespace by its inode.
            string inode = new FileInfo("/proc/self/ns/pid").LinkTarget!["pid:[".Length..^1];
            Assert.Matches($@"(?m)^\s*NS\s+TYPE\s", run.Output);
            Assert.Matches($@"(?m)^\s*{inode}\s+pid\s", run.Output);
        }
        finally
        {
            Directory.Delete(clone, recursive: true);
        }
    }
}
