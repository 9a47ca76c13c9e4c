using System.Diagnostics;
using System.Text;

namespace Nsfs.Package.Tests.Infrastructure;

/// <summary>Runs a program to completion, capturing stdout and stderr interleaved as one text, and stderr alone.</summary>
internal static class Command
{
    // Generous for one pack or build on a busy 2-core CI machine; a hang must still end the test.
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(6);

    public static ProcessResult Run(string fileName, IEnumerable<string> arguments, string workingDirectory,
        IReadOnlyDictionary<string, string>? environment = null, string? standardInput = null, TimeSpan? timeout = null)
    {
        // A build node or MSBuild server left running would outlive the test and keep temp files open.
        var quiet = new Dictionary<string, string>
        {
            ["MSBUILDDISABLENODEREUSE"] = "1",
            ["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0",
            ["DOTNET_NOLOGO"] = "1",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        };
        var start = ChildProcess.StartInfo(fileName, arguments, quiet.Concat(environment ?? new Dictionary<string, string>()));
        start.WorkingDirectory = workingDirectory;

        string commandLine = string.Join(' ', new[] { fileName }.Concat(start.ArgumentList));
        var output = new StringBuilder();
        var error = new StringBuilder();
        var stopwatch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) =>
        {
            Append(output, e.Data);
            Append(error, e.Data);
        };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (standardInput is not null)
        {
            process.StandardInput.Write(standardInput);
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(timeout ?? DefaultTimeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            Assert.Fail($"`{commandLine}` did not finish within {timeout ?? DefaultTimeout}:\n{output}");
        }

        process.WaitForExit(); // Drains the asynchronous readers.
        lock (output)
        {
            lock (error)
            {
                return new ProcessResult(commandLine, process.ExitCode, output.ToString(), error.ToString(), stopwatch.Elapsed);
            }
        }
    }

    public static ProcessResult Dotnet(IEnumerable<string> arguments, string workingDirectory,
        IReadOnlyDictionary<string, string>? environment = null, TimeSpan? timeout = null) =>
        Run("dotnet", arguments, workingDirectory, environment, timeout: timeout);

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
