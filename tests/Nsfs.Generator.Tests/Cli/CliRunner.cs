using System.ComponentModel;
using System.Diagnostics;
using Nsfs.Cli;

namespace Nsfs.Generator.Tests.Cli;

/// <summary>Runs the nsfs command line in-process with captured stdout and stderr.</summary>
internal static class CliRunner
{
    public static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        var code = Program.Run(args, stdout, stderr);
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
        var start = new ProcessStartInfo("setpriv")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["HOME"] = "/tmp", ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1", ["DOTNET_NOLOGO"] = "1" },
        };
        foreach (var argument in (string[])["--reuid=65534", "--regid=65534", "--clear-groups", "dotnet", "exec", Path.Combine(AppContext.BaseDirectory, "Nsfs.Cli.dll"), .. args])
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
            throw new InvalidOperationException("setpriv (util-linux) is needed to run the cli as nobody under root: apt-get install util-linux", error);
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return (process.ExitCode, await stdout, stderr);
        }
    }
}
