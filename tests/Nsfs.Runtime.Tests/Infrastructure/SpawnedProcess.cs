using System.Diagnostics;

namespace Nsfs.Runtime.Tests.Infrastructure;

/// <summary>
/// A child process (usually util-linux unshare creating namespaces) that is killed with its whole
/// tree on Dispose, so no test leaves namespaces behind.
/// </summary>
internal sealed class SpawnedProcess : IDisposable
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(30);

    private SpawnedProcess(Process process) => Process = process;

    public Process Process { get; }

    public int Pid => Process.Id;

    /// <summary>The process of interest inside the new namespaces (unshare's child with --fork, else unshare itself).</summary>
    public int TargetPid { get; set; }

    public static SpawnedProcess Start(string file, params string[] args) => Start(file, args, null);

    public static SpawnedProcess Start(string file, IEnumerable<string> args, IDictionary<string, string>? environment) =>
        new(Process.Start(ChildProcess.StartInfo(file, args, environment)) ?? throw new InvalidOperationException($"Could not start {file}."));

    /// <summary>The test assembly run as the helper program (see HelperProgram), with these arguments.</summary>
    public static string[] HelperCommandLine(params string[] helperArgs) =>
        [DotnetHost, "exec", typeof(Helper.HelperProgram).Assembly.Location, .. helperArgs];

    public static string DotnetHost
    {
        get
        {
            string? self = Environment.ProcessPath;
            if (self is not null && Path.GetFileName(self) == "dotnet")
            {
                return self;
            }

            return Environment.GetEnvironmentVariable("PATH")!.Split(':')
                .Select(dir => Path.Combine(dir, "dotnet"))
                .FirstOrDefault(File.Exists) ?? "/usr/share/dotnet/dotnet";
        }
    }

    /// <summary>Waits for a helper probe to finish, asserts it succeeded, and parses its "name=outcome" lines.</summary>
    public Dictionary<string, string> ReadOutcomes()
    {
        string output = Process.StandardOutput.ReadToEnd();
        string errors = Process.StandardError.ReadToEnd();
        Process.WaitForExit();
        Assert.True(Process.ExitCode == 0, $"helper failed: {errors}\n{output}");
        return Helper.Outcome.Parse(output);
    }

    /// <summary>Reads stdout lines until one starts with <paramref name="prefix"/>.</summary>
    public string WaitForLine(string prefix)
    {
        var deadline = DateTime.UtcNow + ReadyTimeout;
        while (DateTime.UtcNow < deadline)
        {
            var read = Process.StandardOutput.ReadLineAsync();
            if (!read.Wait(deadline - DateTime.UtcNow))
            {
                break;
            }

            if (read.Result is null)
            {
                Assert.Fail($"Process exited before printing '{prefix}': {Process.StandardError.ReadToEnd()}");
            }

            if (read.Result.StartsWith(prefix, StringComparison.Ordinal))
            {
                return read.Result;
            }
        }

        Assert.Fail($"Timed out waiting for '{prefix}'.");
        return "";
    }

    /// <summary>Waits for the single child (the process unshare --fork runs in the new namespaces) to exec <paramref name="comm"/>.</summary>
    public static int WaitForChild(int parent, string comm) => WaitFor(() =>
    {
        int[] children = ProcFacts.Exists(parent) ? ProcFacts.Children(parent) : [];
        return children.FirstOrDefault(c => ReadComm(c) == comm);
    }, $"a child '{comm}' of {parent}");

    public static int WaitFor(Func<int> probe, string what) => ChildProcess.WaitFor(probe, what, ReadyTimeout);

    public static string? ReadComm(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/comm").TrimEnd('\n');
        }
        catch (IOException)
        {
            return null;
        }
    }

    public void Dispose() => ChildProcess.Stop(Process, TimeSpan.FromSeconds(10));
}
