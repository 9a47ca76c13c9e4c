using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace Nsfs.Benchmarks;

/// <summary>
/// Writes the PID-translation section of docs/performance.md from a finished run: BenchmarkDotNet's CSV and markdown exports, the
/// standalone C loop's output, and the machine facts bench/run collects. Every number comes from
/// those files; the targets are the ones issue 3 set.
/// </summary>
internal static class PerformanceReport
{
    private const double TranslateMaxRatio = 1.10;
    private const double OpenTranslateDisposeMaxRatio = 1.25;
    private const double DanceMinSlowdown = 1000;

    private const string SectionBegin = "<!-- BEGIN pid-translation -->";
    private const string SectionEnd = "<!-- END pid-translation -->";
    private const string ReadmeBegin = "<!-- BEGIN performance-targets (bench/run) -->";
    private const string ReadmeEnd = "<!-- END performance-targets -->";

    public static int Run(string[] args)
    {
        var options = ParseOptions(args);
        var rows = BenchmarkCsv.Read(options["csv"]);
        var loops = StandaloneLoop.Read(options["loop"]);
        string markdown = File.ReadAllText(options["markdown"]);
        string output = options["out"];
        string? document = File.Exists(output) ? File.ReadAllText(output) : null;
        File.WriteAllText(output, Merge(document, Render(rows, loops, markdown, options)));
        if (options.TryGetValue("readme", out string? readme) && File.Exists(readme))
        {
            // The README shows the same targets table; only the text between its markers is replaced.
            string text = File.ReadAllText(readme);
            int begin = text.IndexOf(ReadmeBegin, StringComparison.Ordinal);
            int end = text.IndexOf(ReadmeEnd, StringComparison.Ordinal);
            if (begin >= 0 && end > begin)
            {
                File.WriteAllText(readme, text[..(begin + ReadmeBegin.Length)] + "\n" + Targets(rows, loops) + text[end..]);
            }
        }

        return 0;
    }

    private static string Render(List<BenchmarkRow> rows, Dictionary<string, double> loops, string bdnMarkdown, Dictionary<string, string> machine)
    {
        var translate = Find(rows, Categories.Translate, nameof(PidTranslationBenchmarks.TryGetPidFromNamespace));
        var dance = Find(rows, Categories.InitPid, nameof(PidTranslationBenchmarks.C_Lxcfs_TwoForkDance));

        var s = new StringBuilder();
        s.AppendLine(SectionBegin);
        s.AppendLine("## PID translation");
        s.AppendLine();
        s.AppendLine("Written by `bench/run` from the exports of one BenchmarkDotNet run and one run of the C loop;");
        s.AppendLine("do not edit by hand. Each C# benchmark's ratio is BenchmarkDotNet's, against the C baseline of");
        s.AppendLine("its category measured in the same run (bench/Nsfs.Benchmarks, bench/c). Reproduce with `bench/run`");
        s.AppendLine("as root (it joins a child PID namespace for the LXCFS dance).");
        s.AppendLine();
        s.AppendLine(Invariant($"- Date: {machine["date"]}"));
        s.AppendLine(Invariant($"- Kernel: {machine["kernel"]} ({RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant()})"));
        s.AppendLine(Invariant($"- CPU: {machine["cpu"]}, {Environment.ProcessorCount} logical CPUs, shared with other work"));
        s.AppendLine(Invariant($"- .NET SDK {machine["sdk"]} ({RuntimeInformation.FrameworkDescription}), BenchmarkDotNet in-process job, Release"));
        s.AppendLine();

        s.AppendLine("### Targets");
        s.AppendLine();
        s.Append(Targets(rows, loops));
        s.AppendLine();

        s.AppendLine("### Every benchmark");
        s.AppendLine();
        s.AppendLine("| Category | Benchmark | Mean | Allocated | Ratio to the category's C baseline (as BenchmarkDotNet prints it) |");
        s.AppendLine("|---|---|---:|---:|---:|");
        foreach (var row in rows)
        {
            s.AppendLine(Invariant($"| {row.Category} | `{row.Method}` | {Time(row.MeanNs)} | {Bytes(row.AllocatedBytes)} | {row.RatioText} |"));
        }

        s.AppendLine();
        s.AppendLine("### The C baseline without .NET");
        s.AppendLine();
        s.AppendLine("`bench/c/loop_main.c` runs the same C functions in a plain C process (batches doubled until one");
        s.AppendLine("lasts the budget). Inside BenchmarkDotNet each baseline call also crosses one P/Invoke");
        s.AppendLine("transition, the same one the library's own call crosses, so the ratios above compare like with like;");
        s.AppendLine("for the system calls the difference below is what that transition (and the harness) costs per call;");
        s.AppendLine("for the dance it is mostly fork() copying the page tables of a far larger process. The two runs are");
        s.AppendLine("minutes apart on a shared machine, so small or negative differences are noise.");
        s.AppendLine();
        s.AppendLine("| C function | Plain C | Through one P/Invoke (BenchmarkDotNet) | Difference |");
        s.AppendLine("|---|---:|---:|---:|");
        LoopRow(s, loops, "raw_translate", Baseline(rows, Categories.Translate));
        LoopRow(s, loops, "open_translate_close", Baseline(rows, Categories.OpenTranslateDispose));
        LoopRow(s, loops, "lxcfs_init_pid", dance);
        if (loops.TryGetValue("lxcfs_init_pid", out double danceInC))
        {
            s.AppendLine();
            s.AppendLine(Invariant($"From a plain C process the dance takes {Time(danceInC)}, {Slowdown(danceInC / translate.MeanNs)} the time of a translation with a handle kept open (`TryGetPidFromNamespace`), which is what a cache of namespace handles would pay."));
        }

        if (loops.TryGetValue("syscall_getppid", out double floor)
            && loops.TryGetValue("statx_fd", out double statx)
            && loops.TryGetValue("ioctl_nstype", out double nstype)
            && loops.TryGetValue("open_translate_close", out double openInC))
        {
            s.AppendLine();
            s.AppendLine("What the library's checks on a freshly opened file cost in plain C on this machine:");
            s.AppendLine();
            s.AppendLine("| System call | Plain C |");
            s.AppendLine("|---|---:|");
            s.AppendLine(Invariant($"| `getppid` (the system-call floor) | {Time(floor)} |"));
            s.AppendLine(Invariant($"| `statx(fd, \"\", AT_EMPTY_PATH)` (identity, nsfs check) | {Time(statx)} |"));
            s.AppendLine(Invariant($"| `ioctl(NS_GET_NSTYPE)` (type check) | {Time(nstype)} |"));
            s.AppendLine();
            double checkedFloor = openInC + statx + nstype;
            s.AppendLine(Invariant($"C doing the same checks would take {Time(checkedFloor)} for open + translate + close, {checkedFloor / openInC:0.00}× the unchecked C floor: the least any implementation that validates what it opened can reach here, before any managed cost."));
        }

        s.AppendLine();
        s.AppendLine("### Reading the numbers");
        s.AppendLine();
        s.AppendLine("- Ratio is BenchmarkDotNet's mean of the ratio distribution (current / baseline) within one category;");
        s.AppendLine("  \"×\" above 1 means slower than C. For the dance it is inverted: how many times slower the dance is.");
        s.AppendLine("- The translate path is one `ioctl` through a `LibraryImport` taking the `SafeHandle`: the generated");
        s.AppendLine("  marshalling adds `DangerousAddRef`/`DangerousRelease` (two interlocked operations, what makes a");
        s.AppendLine("  concurrent `Dispose` safe) and the `SetLastError` save; that is all it adds to the C baseline.");
        s.AppendLine("- `PidNamespace.Open(pid)` opens `/proc/<pid>/ns/pid`, which procfs only links to an nsfs pid");
        s.AppendLine("  namespace, so it issues no check: open, ioctl and close, like C, plus the handle objects and the");
        s.AppendLine("  path string. `OpenPath` takes any path and checks what it opened: `statx` (the namespace's");
        s.AppendLine("  identity and that the file is on nsfs) and `NS_GET_NSTYPE` (its type), two system calls more.");
        s.AppendLine("- The `ProcStatusFallback` rows are the strategy for kernels before 6.11: outer-to-inner reads one");
        s.AppendLine("  `/proc/<pid>/status`; inner-to-outer scans every process, so its cost grows with the process count.");
        if (dance.AllocatedBytes > 0)
        {
            s.AppendLine(Invariant($"- The C dance shows {Bytes(dance.AllocatedBytes)} allocated per call although it is C: the memory"));
            s.AppendLine("  diagnoser counts the whole process, and .NET's SIGCHLD handling (installed once the fixture starts");
            s.AppendLine("  unshare with `Process`) runs managed code for each of the dance's exiting children.");
        }

        s.AppendLine("- The machine is a 2-core VM shared with other work: system calls are slow here and noisy, so");
        s.AppendLine("  absolute times move between runs; ratios within one run are the comparison that holds.");
        s.AppendLine();
        s.AppendLine("### BenchmarkDotNet summary");
        s.AppendLine();
        s.AppendLine(bdnMarkdown.Trim());
        s.AppendLine(SectionEnd);
        return s.ToString();
    }

    /// <summary>The targets table: in docs/performance.md and, between its markers, in README.md.</summary>
    private static string Targets(List<BenchmarkRow> rows, Dictionary<string, double> loops)
    {
        var translate = Find(rows, Categories.Translate, nameof(PidTranslationBenchmarks.TryGetPidFromNamespace));
        var open = Find(rows, Categories.OpenTranslateDispose, nameof(PidTranslationBenchmarks.Open_Translate_Dispose));
        var openPath = Find(rows, Categories.OpenTranslateDispose, nameof(PidTranslationBenchmarks.OpenPath_Translate_Dispose));
        var initPid = Find(rows, Categories.InitPid, nameof(PidTranslationBenchmarks.GetInitPidOfProcess));
        var dance = Find(rows, Categories.InitPid, nameof(PidTranslationBenchmarks.C_Lxcfs_TwoForkDance));
        var s = new StringBuilder();
        s.AppendLine("| What | C# | C baseline | Allocated (C#) | Ratio | Target | Result |");
        s.AppendLine("|---|---:|---:|---:|---:|---|---|");
        var translateBase = Baseline(rows, Categories.Translate);
        bool translateOk = translate.Ratio <= TranslateMaxRatio && translate.AllocatedBytes == 0;
        s.AppendLine(Invariant($"| Translate with an open handle (`TryGetPidFromNamespace` vs one `ioctl`) | {Time(translate.MeanNs)} | {Time(translateBase.MeanNs)} | {Bytes(translate.AllocatedBytes)} | {RatioText(translate.Ratio)} | ≤ {TranslateMaxRatio:0.00}×, 0 B | {Verdict(translateOk)} |"));
        var openBase = Baseline(rows, Categories.OpenTranslateDispose);
        bool openOk = open.Ratio <= OpenTranslateDisposeMaxRatio;
        s.AppendLine(Invariant($"| Open + translate + dispose (`PidNamespace.Open(pid)` + `TryGetPidFromNamespace` vs `open`+`ioctl`+`close` of the same `/proc/<pid>/ns/pid`) | {Time(open.MeanNs)} | {Time(openBase.MeanNs)} | {Bytes(open.AllocatedBytes)} | {RatioText(open.Ratio)} | ≤ {OpenTranslateDisposeMaxRatio:0.00}× | {Verdict(openOk)} |"));
        s.AppendLine(Invariant($"| Same from an arbitrary path (`OpenPath`: checks nsfs with `statx` and the type with NS_GET_NSTYPE; reference) | {Time(openPath.MeanNs)} | {Time(openBase.MeanNs)} | {Bytes(openPath.AllocatedBytes)} | {RatioText(openPath.Ratio)} | (no target) | – |"));
        double? slowdown = 1 / initPid.Ratio;
        bool danceOk = slowdown >= DanceMinSlowdown;
        s.AppendLine(Invariant($"| LXCFS two-fork dance vs `GetInitPidOfProcess` | {Time(initPid.MeanNs)} | {Time(dance.MeanNs)} | {Bytes(initPid.AllocatedBytes)} | dance {Slowdown(slowdown)} slower | dance ≥ {DanceMinSlowdown:N0}× slower | {Verdict(danceOk)} |"));
        if (loops.TryGetValue("lxcfs_init_pid", out double plainDance))
        {
            // The dance forks, and fork copies the caller's page tables: from the .NET host it costs
            // more than from a small C daemon such as LXCFS, so the target is also checked against
            // the plain C loop (a ratio of means from two runs, not BenchmarkDotNet's).
            double plainSlowdown = plainDance / initPid.MeanNs;
            s.AppendLine(Invariant($"| Same, dance run from a plain C process (as LXCFS runs it; reference, ratio of means) | {Time(initPid.MeanNs)} | {Time(plainDance)} | {Bytes(initPid.AllocatedBytes)} | dance {Slowdown(plainSlowdown)} slower | dance ≥ {DanceMinSlowdown:N0}× slower | {Verdict(plainSlowdown >= DanceMinSlowdown)} |"));
        }

        return s.ToString();
    }

    /// <summary>
    /// Puts the section into the document, replacing an earlier one: other scripts own other
    /// sections of docs/performance.md (analyzers/measure-cost), so the rest is kept as it is.
    /// </summary>
    private static string Merge(string? document, string section)
    {
        if (document is null)
        {
            return "# Performance\n\n" + section;
        }

        int begin = document.IndexOf(SectionBegin, StringComparison.Ordinal);
        int end = document.IndexOf(SectionEnd, StringComparison.Ordinal);
        if (begin >= 0 && end > begin)
        {
            int after = end + SectionEnd.Length;
            if (after < document.Length && document[after] == '\n')
            {
                after++;
            }

            return document[..begin] + section + document[after..];
        }

        // First time: right under the title, ahead of the other sections.
        int titleEnd = document.StartsWith("# ", StringComparison.Ordinal) ? document.IndexOf('\n', StringComparison.Ordinal) : -1;
        return titleEnd < 0
            ? document.TrimEnd('\n') + "\n\n" + section
            : document[..(titleEnd + 1)] + "\n" + section + "\n" + document[(titleEnd + 1)..].TrimStart('\n');
    }

    private static void LoopRow(StringBuilder s, Dictionary<string, double> loops, string name, BenchmarkRow viaPInvoke)
    {
        if (loops.TryGetValue(name, out double plain))
        {
            s.AppendLine(Invariant($"| `nsfs_bench_{name}` | {Time(plain)} | {Time(viaPInvoke.MeanNs)} | {Time(viaPInvoke.MeanNs - plain)} |"));
        }
    }

    private static BenchmarkRow Find(List<BenchmarkRow> rows, string category, string method) =>
        rows.SingleOrDefault(r => r.Category == category && r.Method == method)
        ?? throw new InvalidDataException($"The run has no {category}/{method} result (was it filtered out, or did it fail?).");

    private static BenchmarkRow Baseline(List<BenchmarkRow> rows, string category) =>
        rows.SingleOrDefault(r => r.Category == category && r.IsBaseline)
        ?? throw new InvalidDataException($"The run has no baseline in category {category}.");

    private static string Verdict(bool ok) => ok ? "PASS" : "MISS";

    private static string RatioText(double? ratio) => ratio is { } r ? Invariant($"{r:0.00}×") : "n/a";

    private static string Slowdown(double? factor) => factor is { } f ? Invariant($"{f:N0}×") : "n/a";

    private static string Bytes(long bytes) => Invariant($"{bytes:N0} B");

    /// <summary>Nanoseconds in the largest unit that keeps the number at least 1.</summary>
    private static string Time(double ns) => Math.Abs(ns) switch
    {
        >= 1e6 => Invariant($"{ns / 1e6:N2} ms"),
        >= 1e3 => Invariant($"{ns / 1e3:N2} µs"),
        _ => Invariant($"{ns:N1} ns"),
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static Dictionary<string, string> ParseOptions(string[] args)
    {
        string[] required = ["csv", "markdown", "loop", "out", "kernel", "cpu", "sdk", "date"];
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i + 1 < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"Expected an option, got '{args[i]}'.");
            }

            options[args[i][2..]] = args[i + 1];
        }

        string[] missing = [.. required.Where(r => !options.ContainsKey(r))];
        return missing.Length == 0
            ? options
            : throw new ArgumentException($"report needs --{string.Join(", --", missing)}.");
    }
}
