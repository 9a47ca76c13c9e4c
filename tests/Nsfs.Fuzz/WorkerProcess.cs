using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Nsfs.Tests.Shared;

namespace Nsfs.Fuzz;

/// <summary>
/// The campaign's handle on one worker process: sends a request, waits at most the hang limit for
/// the answer, and turns a dead or hung worker into a crash or timeout finding (then starts a fresh one).
/// The worker's GC heap is capped, so an input that needs more memory fails inside it, not the machine.
/// </summary>
internal sealed class WorkerProcess : IDisposable
{
    private readonly string _repositoryRoot;
    private readonly FuzzOptions _options;
    private Process? _process;
    private StringBuilder _stderr = new();

    public WorkerProcess(string repositoryRoot, FuzzOptions options)
    {
        _repositoryRoot = repositoryRoot;
        _options = options;
    }

    public WorkResult Run(WorkRequest request)
    {
        var process = _process ??= Start();
        process.StandardInput.WriteLine(JsonSerializer.Serialize(request, FuzzJson.Default.WorkRequest));
        process.StandardInput.Flush();
        var answer = process.StandardOutput.ReadLineAsync();
        if (!answer.Wait(_options.HangLimit))
        {
            Stop();
            return new WorkResult(0, 0, 0,
                [new Finding("timeout", "timeout", string.Create(CultureInfo.InvariantCulture, $"no answer within {_options.HangLimit.TotalSeconds} s"))]);
        }

        if (answer.Result is not { } line)
        {
            process.WaitForExit(5000);
            var error = StderrTail();
            var code = process.HasExited ? process.ExitCode.ToString(CultureInfo.InvariantCulture) : "?";
            Stop();
            var first = error.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "no output";
            return new WorkResult(0, 0, 0,
                [new Finding("crash", "crash " + first, $"worker exited with code {code}: {error}")]);
        }

        return JsonSerializer.Deserialize(line, FuzzJson.Default.WorkResult)!;
    }

    public void Dispose() => Stop();

    private Process Start()
    {
        var entry = typeof(WorkerProcess).Assembly.Location;
        var environment = new Dictionary<string, string>
        {
            // The memory bound: more live heap than this is an OutOfMemoryException inside the worker.
            ["DOTNET_GCHeapHardLimit"] = "0x" + _options.HeapLimitBytes.ToString("x", CultureInfo.InvariantCulture),
            ["DOTNET_gcServer"] = "0",
            ["DOTNET_TieredPGO"] = "0",
        };
        var start = ChildProcess.StartInfo("dotnet", ["exec", entry, "--worker", "--repo", _repositoryRoot], environment);
        start.StandardInputEncoding = new UTF8Encoding(false);
        start.StandardOutputEncoding = new UTF8Encoding(false);
        _stderr = new StringBuilder();
        var process = Process.Start(start) ?? throw new InvalidOperationException("Cannot start a fuzz worker.");
        var stderr = _stderr;
        process.ErrorDataReceived += (_, e) =>
        {
            lock (stderr)
            {
                if (e.Data is not null && stderr.Length < 16_384)
                {
                    stderr.AppendLine(e.Data);
                }
            }
        };
        process.BeginErrorReadLine();
        return process;
    }

    private string StderrTail()
    {
        lock (_stderr)
        {
            return _stderr.ToString();
        }
    }

    private void Stop()
    {
        if (_process is not { } process)
        {
            return;
        }

        _process = null;
        ChildProcess.Stop(process, TimeSpan.FromSeconds(5));
    }
}
