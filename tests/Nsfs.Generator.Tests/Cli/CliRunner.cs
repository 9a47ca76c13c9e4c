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
            "setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", "dotnet", .. DotnetExec(args)],
            "setpriv (util-linux) is needed to run the cli as nobody under root: apt-get install util-linux");
    }

    /// <summary>
    /// Runs the command line in a process of its own, killed once it hangs (see
    /// <see cref="Stall"/>): for inputs that could make it hang, which must fail the test rather
    /// than the test run.
    /// </summary>
    /// <exception cref="TimeoutException">It hung, and was killed.</exception>
    public static Task<(int Code, string Stdout, string Stderr)> RunInProcessOfItsOwnAsync(params string[] args) =>
        RunProcessAsync("dotnet", DotnetExec(args), "dotnet is needed on PATH to run the cli in a process of its own");

    // A child that has used no processor time for this long is waiting for something that does not
    // come (a FIFO's writer, say): a command that is merely slow, on however loaded a machine, keeps
    // using some. So a hang fails the test, and slowness never does.
    private static readonly TimeSpan Stall = TimeSpan.FromSeconds(10);

    private static string[] DotnetExec(string[] args) => ["exec", Path.Combine(AppContext.BaseDirectory, "Nsfs.Cli.dll"), .. args];

    private static async Task<(int Code, string Stdout, string Stderr)> RunProcessAsync(string program, string[] arguments, string missing)
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
            var exited = process.WaitForExitAsync();
            var clock = Stopwatch.StartNew();
            var (used, lastUse) = (ProcessorTicks(process.Id), clock.Elapsed);
            while (await Task.WhenAny(exited, Task.Delay(TimeSpan.FromMilliseconds(200))) != exited)
            {
                var now = ProcessorTicks(process.Id);
                if (now != used)
                {
                    (used, lastUse) = (now, clock.Elapsed);
                }
                else if (clock.Elapsed - lastUse > Stall)
                {
                    process.Kill(entireProcessTree: true);
                    await exited;
                    throw new TimeoutException($"{program} {string.Join(' ', arguments)} used no processor time for {Stall.TotalSeconds:0} s, so it hung; it was killed.");
                }
            }

            await exited;
            return (process.ExitCode, await stdout, await stderr);
        }
    }

    // utime + stime of the process (all its threads) in clock ticks, from /proc/PID/stat; a process
    // already gone reads as -1, which differs from any earlier value, so the loop looks again.
    private static long ProcessorTicks(int pid)
    {
        string stat;
        try
        {
            stat = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (IOException)
        {
            return -1;
        }

        // After "pid (comm) ", which may hold spaces: state is field 3, utime 14 and stime 15.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture);
    }
}
