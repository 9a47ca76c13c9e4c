using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Exporters.Csv;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;
using Perfolizer.Metrology;

namespace Nsfs.Benchmarks;

/// <summary>
/// One short in-process job with the memory diagnoser, and a CSV export for bench/run's report.
/// </summary>
internal sealed class BenchConfig : ManualConfig
{
    public BenchConfig()
    {
        // Ratios as "1.04x slower" / "2,345.678x faster": BenchmarkDotNet switches to three
        // decimals for lopsided groups, so the fork dance's ratio keeps its precision, which a
        // plain value column (0.000) would not.
        var style = SummaryStyle.Default
            .WithRatioStyle(RatioStyle.Trend)
            .WithTimeUnit(TimeUnit.Nanosecond)
            .WithSizeUnit(SizeUnit.B)
            .WithZeroMetricValuesInContent();
        SummaryStyle = style;

        // In-process: the C library loads from this assembly's folder, and no per-run project is
        // generated and built (minutes on two cores). Iteration counts are kept small so bench/run
        // stays within a few minutes; every ratio is between benchmarks of this same run.
        AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(5)
            .WithIterationCount(25)
            .WithIterationTime(TimeInterval.FromMilliseconds(150))
            .WithId("InProcess"));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumnProvider(DefaultColumnProviders.Instance);
        AddLogger(ConsoleLogger.Default);
        AddExporter(new CsvExporter(CsvSeparator.Semicolon, style), MarkdownExporter.GitHub);
        AddAnalyser([.. DefaultConfig.Instance.GetAnalysers()]);
        AddValidator([.. DefaultConfig.Instance.GetValidators()]);
    }
}
