using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Nsfs.Fuzz;

/// <summary>
/// Runs inputs <c>Start…Start+Inputs-1</c> (or for a duration) on worker processes, times inputs that
/// took more CPU time than the bound again alone at the end (best of three), gives an input that hung
/// a second chance on a fresh worker, groups findings by signature, minimizes the first input of each
/// into a reproducer and writes them (with <c>findings.md</c>) to the output folder.
/// </summary>
internal static class Campaign
{
    public static CampaignReport Run(string repositoryRoot, FuzzOptions options, TextWriter log)
    {
        var seeds = SeedCorpus.Load(repositoryRoot);
        var mutator = new Mutator(seeds);
        var report = new CampaignReport { Seed = options.Seed };
        var first = new ConcurrentDictionary<string, (Finding Finding, long Index, WorkRequest Request, string Mutations)>(StringComparer.Ordinal);
        var counts = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var kinds = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        var next = options.Start - 1;
        var done = 0L;
        var gate = new object();
        var deadline = options.Duration;
        var suspects = new ConcurrentBag<(long Index, WorkRequest Request, string Mutations)>();

        void Worker()
        {
            using var worker = new WorkerProcess(repositoryRoot, options);
            while (true)
            {
                var index = Interlocked.Increment(ref next);
                if (index >= options.Start + options.Inputs || (deadline is { } d && clock.Elapsed >= d))
                {
                    return;
                }

                var (seed, text, mutations) = mutator.Create(options.Seed, index);
                var request = new WorkRequest(seed, text);
                if (options.SaveDirectory is { } save)
                {
                    Directory.CreateDirectory(save);
                    File.WriteAllText(Path.Combine(save, index.ToString(CultureInfo.InvariantCulture) + ".h"), text);
                }

                var result = worker.Run(request);
                if (result.Findings.Any(f => f.Kind == "timeout"))
                {
                    // The hang limit is wall time, which a starved worker can run out of: a real
                    // hang hangs again on the fresh worker the timeout left behind.
                    result = worker.Run(request);
                }

                if (result.CpuMilliseconds > options.SlowMilliseconds && !result.Findings.Any(f => f.Kind is "timeout" or "crash"))
                {
                    // Timed again at the end, alone: CPU time too varies with a busy machine (caches,
                    // frequency), if far less than wall time.
                    suspects.Add((index, request, mutations));
                }

                var name = $"#{index} {seeds[seed].Name} {mutations}";
                if (options.Verbose)
                {
                    log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{name}: {text.Length} chars, {result.CpuMilliseconds:F0} ms, {result.AllocatedBytes / 1048576.0:F1} MB, {result.Diagnostics} diagnostics{string.Concat(result.Findings.Select(f => ", " + f.Kind))}"));
                }
                lock (gate)
                {
                    if (result.CpuMilliseconds > report.SlowestMilliseconds)
                    {
                        (report.SlowestMilliseconds, report.SlowestInput) = (result.CpuMilliseconds, name);
                    }

                    if (result.AllocatedBytes > report.MostAllocatedBytes)
                    {
                        (report.MostAllocatedBytes, report.MostAllocatingInput) = (result.AllocatedBytes, name);
                    }
                }

                foreach (var finding in result.Findings.DistinctBy(f => f.Signature))
                {
                    kinds.AddOrUpdate(finding.Kind, 1, (_, n) => n + 1);
                    counts.AddOrUpdate(finding.Signature, 1, (_, n) => n + 1);
                    if (first.TryAdd(finding.Signature, (finding, index, request, mutations)))
                    {
                        log.WriteLine($"finding at {name}: {finding.Kind}: {finding.Signature}");
                    }
                }

                var total = Interlocked.Increment(ref done);
                if (total % 1000 == 0)
                {
                    log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{total} inputs, {clock.Elapsed.TotalSeconds:F0} s, {kinds.Values.Sum()} findings"));
                }
            }
        }

        var threads = Enumerable.Range(0, Math.Max(1, options.Workers)).Select(_ => new Thread(Worker)).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        using (var alone = new WorkerProcess(repositoryRoot, options))
        {
            foreach (var (index, request, mutations) in suspects.OrderBy(s => s.Index))
            {
                var result = Confirmed(alone, request, alone.Run(request), options);
                foreach (var finding in result.Findings.Where(f => f.Kind == "slow"))
                {
                    kinds.AddOrUpdate(finding.Kind, 1, (_, n) => n + 1);
                    counts.AddOrUpdate(finding.Signature, 1, (_, n) => n + 1);
                    if (first.TryAdd(finding.Signature, (finding, index, request, mutations)))
                    {
                        log.WriteLine($"finding at #{index}: {finding.Kind}: {finding.Detail}");
                    }
                }
            }

            log.WriteLine($"{suspects.Count} inputs over {options.SlowMilliseconds} ms during the campaign were timed again alone");
        }

        report.Inputs = done;
        report.Elapsed = clock.Elapsed;
        foreach (var (kind, count) in kinds)
        {
            report.Kinds[kind] = count;
        }

        var output = options.OutputDirectory ?? Path.Combine(repositoryRoot, "artifacts", "fuzz");
        using (var worker = new WorkerProcess(repositoryRoot, options))
        {
            foreach (var (signature, (finding, index, request, mutations)) in first.OrderBy(f => f.Value.Index))
            {
                string? reproducer = null;
                if (options.Minimize)
                {
                    var minimized = Minimizer.Minimize(worker, request, signature, options);
                    Directory.CreateDirectory(output);
                    reproducer = Path.Combine(output, $"{finding.Kind}-{Hash(signature)}.h");
                    File.WriteAllText(reproducer, minimized.Text);
                    log.WriteLine($"minimized {finding.Kind} to {minimized.Text.Length} characters ({(minimized.Seed < 0 ? "standalone" : "with the includes of " + seeds[minimized.Seed].Name)}): {reproducer}");
                }

                report.Findings.Add((finding, index, seeds[request.Seed].Name, mutations, counts[signature], reproducer));
            }
        }

        if (report.Findings.Count > 0)
        {
            Directory.CreateDirectory(output);
            File.WriteAllText(Path.Combine(output, "findings.md"), report.Markdown());
        }

        return report;
    }

    /// <summary>A slow input counts only when it is slow every time: the best of three runs decides.</summary>
    public static WorkResult Confirmed(WorkerProcess worker, WorkRequest request, WorkResult result, FuzzOptions options)
    {
        if (result.CpuMilliseconds <= options.SlowMilliseconds || result.Findings.Any(f => f.Kind is "timeout" or "crash"))
        {
            return result;
        }

        var best = result;
        for (var attempt = 0; attempt < 2 && best.CpuMilliseconds > options.SlowMilliseconds; attempt++)
        {
            var again = worker.Run(request);
            best = again.CpuMilliseconds < best.CpuMilliseconds ? again : best;
        }

        if (best.CpuMilliseconds <= options.SlowMilliseconds)
        {
            return best;
        }

        var slow = new Finding("slow", "slow", string.Create(CultureInfo.InvariantCulture,
            $"best of 3 runs took {best.CpuMilliseconds:F0} ms for all architectures (bound {options.SlowMilliseconds:F0} ms)"));
        return best with { Findings = [.. best.Findings, slow] };
    }

    private static string Hash(string signature) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(signature)))[..8];
}
