using System.ComponentModel;
using System.Diagnostics;
using Nsfs.Cli;
using LinuxArchitecture = Nsfs.Metadata.LinuxArchitecture;
using LinuxArchitectures = Nsfs.Metadata.LinuxArchitectures;

namespace Nsfs.Generator.Tests.Cli;

/// <summary>Runs the nsfs command line in-process with captured stdout and stderr.</summary>
internal static class CliRunner
{
    public static (int Code, string Stdout, string Stderr) Run(params string[] args) => RunOn(LinuxArchitectures.Current, args);

    /// <summary>Runs the command line as if on a machine of <paramref name="machine"/> (<see langword="null"/>: one without a Linux data model).</summary>
    public static (int Code, string Stdout, string Stderr) RunOn(LinuxArchitecture? machine, params string[] args)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        var code = Program.Run(args, new CliContext(stdout, stderr) { Machine = machine });
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>
    /// Runs the command line as a user whom permissions stop: in-process when the tests already run
    /// unprivileged, else as nobody (setpriv, util-linux), since root reads any file and any folder.
    /// <paramref name="testFolder"/> (which holds the inputs) is opened to others so nobody reaches them.
    /// </summary>
    public static async Task<(int Code, string Stdout, string Stderr)> RunUnprivilegedAsync(string testFolder, params string[] args)
    {
        if (!Environment.IsPrivilegedProcess)
        {
            return Run(args);
        }

        File.SetUnixFileMode(testFolder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        return await RunProcessAsync(
            "setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", "dotnet", .. DotnetExec(args)], ProcessTimeout,
            "setpriv (util-linux) is needed to run the cli as nobody under root: apt-get install util-linux");
    }

    /// <summary>
    /// Runs the command line in a process of its own, killed if it has not exited within
    /// <paramref name="timeout"/>: for inputs that could make it hang, which must fail the test
    /// rather than the test run.
    /// </summary>
    /// <exception cref="TimeoutException">It was still running after <paramref name="timeout"/>.</exception>
    public static Task<(int Code, string Stdout, string Stderr)> RunInProcessOfItsOwnAsync(TimeSpan timeout, params string[] args) =>
        RunProcessAsync("dotnet", DotnetExec(args), timeout, "dotnet is needed on PATH to run the cli in a process of its own");

    // Far longer than any command takes, even on a loaded machine; only a hang reaches it.
    private static readonly TimeSpan ProcessTimeout = TimeSpan.FromMinutes(2);

    private static string[] DotnetExec(string[] args) => ["exec", Path.Combine(AppContext.BaseDirectory, "Nsfs.Cli.dll"), .. args];

    private static async Task<(int Code, string Stdout, string Stderr)> RunProcessAsync(string program, string[] arguments, TimeSpan timeout, string missing)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["HOME"] = "/tmp", ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1", ["DOTNET_NOLOGO"] = "1" },
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception error)
        {
            throw new InvalidOperationException(missing, error);
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            try
            {
                await process.WaitForExitAsync().WaitAsync(timeout);
            }
            catch (TimeoutException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
                throw new TimeoutException($"{program} {string.Join(' ', arguments)} was still running after {timeout.TotalSeconds:0} s; it was killed.");
            }

            return (process.ExitCode, await stdout, await stderr);
        }
    }
}
