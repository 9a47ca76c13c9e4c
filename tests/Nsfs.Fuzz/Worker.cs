using System.Text.Json;
using System.Text.RegularExpressions;
using Nsfs.Headers;
using Nsfs.Headers.Analysis;
using Nsfs.Headers.Model;
using Nsfs.Headers.Sources;

namespace Nsfs.Fuzz;

/// <summary>
/// The worker process: reads one <see cref="WorkRequest"/> per line on stdin, runs the front end for
/// every architecture on a thread with a 1 MB stack (what a compiler host's threads may have), checks
/// the model, and writes one <see cref="WorkResult"/> per line on stdout. A stack overflow or a runaway
/// allocation kills only this process; the campaign records it and starts another.
/// </summary>
internal static partial class Worker
{
    /// <summary>The display path of a header run without a seed (a reproducer).</summary>
    public const string StandaloneName = "fuzz/input.h";

    public static int Run(string repositoryRoot)
    {
        var seeds = SeedCorpus.Load(repositoryRoot);
        var input = Console.In;
        var output = Console.Out;
        while (input.ReadLine() is { } line)
        {
            var request = JsonSerializer.Deserialize(line, FuzzJson.Default.WorkRequest)!;
            var result = Execute(request, seeds);
            output.WriteLine(JsonSerializer.Serialize(result, FuzzJson.Default.WorkResult));
            output.Flush();
        }

        return 0;
    }

    /// <summary>Runs one input and checks what the front end made of it.</summary>
    public static WorkResult Execute(WorkRequest request, IReadOnlyList<Seed> seeds)
    {
        var (header, roots) = request.Seed >= 0
            ? (seeds[request.Seed].Header with { Text = request.Text }, seeds[request.Seed].Roots)
            : (new HeaderText(StandaloneName, StandaloneName, request.Text), VendoredHeaders.Provider);
        var recorded = new RecordingHeaders(roots);
        HeaderModel? model = null;
        Exception? failure = null;
        long allocated = 0;
        double cpuMilliseconds = 0;
        var thread = new Thread(() =>
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var started = ThreadCpuTime.ReadMilliseconds();
            try
            {
                model = HeaderModelBuilder.Build(header, recorded);
            }
#pragma warning disable CA1031 // Whatever escapes the front end is the finding.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                failure = exception;
            }

            cpuMilliseconds = ThreadCpuTime.ReadMilliseconds() - started;
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        }, 1024 * 1024);
        thread.Start();
        thread.Join();

        var findings = new List<Finding>();
        if (failure is not null)
        {
            findings.Add(new Finding(failure is OutOfMemoryException ? "over-memory" : "exception", $"{failure.GetType().Name}",
                $"{failure.GetType().FullName}: {failure.Message}\n{failure.StackTrace}"));
        }

        if (model is not null)
        {
            Check(model, header, recorded, findings);
        }

        return new WorkResult(cpuMilliseconds, allocated, model?.Diagnostics.Count ?? 0, findings);
    }

    private static void Check(HeaderModel model, HeaderText header, RecordingHeaders recorded, List<Finding> findings)
    {
        foreach (var diagnostic in model.Diagnostics)
        {
            if (diagnostic.Id == DiagnosticIds.InternalError.Code)
            {
                var kind = diagnostic.Message.Contains(nameof(OutOfMemoryException), StringComparison.Ordinal) ? "over-memory" : "nsfs1999";
                findings.Add(new Finding(kind, "NSFS1999 " + Normalize(diagnostic.Message), diagnostic.ToString()));
                continue;
            }

            var location = diagnostic.Location;
            var text = location.Path == header.DisplayPath ? header.Text : recorded.TextOf(location.Path);
            if (text is null || location.Line < 1 || location.Column < 1 || location.Line > LineCount(text))
            {
                findings.Add(new Finding("unlocated", $"unlocated {diagnostic.Id} {Normalize(diagnostic.Message)}",
                    $"{diagnostic} (the file has {(text is null ? "no text here" : LineCount(text) + " lines")})"));
            }
        }
    }

    private static int LineCount(string text)
    {
        var lines = 1;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                lines++;
            }
        }

        return lines;
    }

    // Numbers, quoted names and paths vary between inputs that show the same problem.
    private static string Normalize(string message)
    {
        var text = QuotedOrNumber().Replace(message, "_");
        return text.Length > 120 ? text[..120] : text;
    }

    [GeneratedRegex(@"'[^']*'|""[^""]*""|\b\d[\w.]*|\S+\.h\b")]
    private static partial Regex QuotedOrNumber();

    /// <summary>Include roots that remember every header they handed out, so a diagnostic's line can be checked against its file.</summary>
    private sealed class RecordingHeaders(IHeaderProvider inner) : IHeaderProvider
    {
        private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);

        public HeaderText? Find(string includeName)
        {
            var header = inner.Find(includeName);
            if (header is not null)
            {
                _texts[header.DisplayPath] = header.Text;
            }

            return header;
        }

        public string? TextOf(string displayPath) => _texts.GetValueOrDefault(displayPath);
    }
}
