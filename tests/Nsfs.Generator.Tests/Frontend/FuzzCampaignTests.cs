using Nsfs.Fuzz;

namespace Nsfs.Generator.Tests.Frontend;

/// <summary>
/// The fuzz campaign CI runs on every build: a fixed seed, so it is the same 10,000 inputs everywhere
/// (mutations of the vendored headers, the fixtures, the Linux 4.19 whole-tree corpus and past
/// reproducers), each read for all 22 architectures in worker processes with a 1 MB stack and a
/// 256 MB heap. Any crash, exception, NSFS1999, timeout, slow input (in CPU time, timed again alone) or
/// diagnostic without a location fails it; the minimized reproducers are in artifacts/fuzz-ci
/// and belong in tests/Nsfs.Fuzz/Reproducers once fixed. Long campaigns:
/// <c>dotnet run --project tests/Nsfs.Fuzz -c Release -- --minutes 60</c> (docs/fuzzing.md).
/// </summary>
public sealed class FuzzCampaignTests
{
    /// <summary>The CI campaign's seed; docs/fuzzing.md records the longer campaigns.</summary>
    public const int Seed = 20261129;

    /// <summary>How many inputs CI runs.</summary>
    public const int Inputs = 10_000;

    /// <summary>
    /// The time bound here. The front end's bound is 1 s for all architectures in a Release build,
    /// which the long campaigns check (docs/fuzzing.md); tests run the unoptimized Debug build, so
    /// this catches what the budget no longer bounds, not the last factor of two.
    /// </summary>
#if DEBUG
    public const double SlowMilliseconds = 3000;
#else
    public const double SlowMilliseconds = 1000;
#endif

    [Fact]
    public void Ten_thousand_fixed_seed_inputs_find_nothing()
    {
        var output = Path.Combine(OraclePaths.RepositoryRoot, "artifacts", "fuzz-ci");
        using var log = new StringWriter();

        var report = Campaign.Run(OraclePaths.RepositoryRoot, FuzzOptions.For(Seed, Inputs, workers: Math.Max(2, Environment.ProcessorCount), output, SlowMilliseconds), log);

        Assert.Equal(Inputs, report.Inputs);
        Assert.True(report.Total == 0, $"{report.Summary()}\n\n{report.Markdown()}\n{log}");
    }
}
