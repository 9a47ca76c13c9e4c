using BenchmarkDotNet.Running;
using Nsfs.Benchmarks;

// "report" turns a finished run's CSV into docs/performance.md (bench/run calls it); anything
// else goes to BenchmarkDotNet's command line (--filter, --list, ...).
if (args.Length > 0 && args[0] == "report")
{
    return PerformanceReport.Run(args[1..]);
}

var summaries = BenchmarkSwitcher.FromTypes([typeof(PidTranslationBenchmarks)]).Run(args, new BenchConfig());
return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
