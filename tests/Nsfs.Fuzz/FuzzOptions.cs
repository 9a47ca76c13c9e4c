using System.Globalization;

namespace Nsfs.Fuzz;

/// <summary>The command line of a campaign (see <see cref="Usage"/>).</summary>
internal sealed class FuzzOptions
{
    public const string Usage = """
        usage: dotnet run --project tests/Nsfs.Fuzz -c Release -- [options]
          --seed N          campaign seed (default 20261129); input i of seed N is the same everywhere
          --inputs N        how many inputs to run (default 10000)
          --minutes N       run for N minutes instead of a number of inputs
          --start N         first input index (default 0), to resume or split a campaign
          --workers N       worker processes (default: processor count)
          --slow-ms N       an input taking more CPU time than this (all 22 architectures, best of 3) is a finding (default 1000)
          --hang-s N        a worker silent this long is killed and the input is a timeout (default 20)
          --heap-mb N       each worker's GC heap limit; needing more is an over-memory finding (default 256)
          --out DIR         where minimized reproducers and findings.md go (default artifacts/fuzz)
          --no-minimize     record findings without minimizing them
          --verbose         print every input with its time and allocation
          --save DIR        also write every input's text to DIR/<index>.h
          --repo DIR        the repository root (default: the one this was built from)
        exit code: 0 no findings, 1 findings, 2 bad command line
        """;

    public int Seed { get; private set; } = 20261129;

    public long Inputs { get; private set; } = 10_000;

    public long Start { get; private set; }

    public TimeSpan? Duration { get; private set; }

    public int Workers { get; private set; } = Environment.ProcessorCount;

    public double SlowMilliseconds { get; private set; } = 1000;

    public TimeSpan HangLimit { get; private set; } = TimeSpan.FromSeconds(20);

    public long HeapLimitBytes { get; private set; } = 256L * 1024 * 1024;

    public string? OutputDirectory { get; private set; }

    public bool Minimize { get; private set; } = true;

    public string? RepositoryRoot { get; private set; }

    public bool IsWorker { get; private set; }

    public bool Verbose { get; private set; }

    public string? SaveDirectory { get; private set; }

    /// <summary>Parses <paramref name="args"/>.</summary>
    /// <exception cref="ArgumentException">An unknown option or a bad value.</exception>
    public static FuzzOptions Parse(IReadOnlyList<string> args)
    {
        var options = new FuzzOptions();
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            long Number() => long.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
                ? n : throw new ArgumentException($"{args[i - 1]} needs a positive number");
            switch (args[i])
            {
                case "--seed": options.Seed = checked((int)Number()); break;
                case "--inputs": options.Inputs = Number(); break;
                case "--start": options.Start = long.Parse(Value(), NumberStyles.None, CultureInfo.InvariantCulture); break;
                case "--minutes": options.Duration = TimeSpan.FromMinutes(Number()); options.Inputs = long.MaxValue; break;
                case "--workers": options.Workers = checked((int)Number()); break;
                case "--slow-ms": options.SlowMilliseconds = Number(); break;
                case "--hang-s": options.HangLimit = TimeSpan.FromSeconds(Number()); break;
                case "--heap-mb": options.HeapLimitBytes = Number() * 1024 * 1024; break;
                case "--out": options.OutputDirectory = Value(); break;
                case "--no-minimize": options.Minimize = false; break;
                case "--repo": options.RepositoryRoot = Value(); break;
                case "--worker": options.IsWorker = true; break;
                case "--verbose": options.Verbose = true; break;
                case "--save": options.SaveDirectory = Value(); break;
                default: throw new ArgumentException($"unknown option {args[i]}");
            }
        }

        return options;
    }

    /// <summary>Options for a campaign run from code (the CI test).</summary>
    public static FuzzOptions For(int seed, long inputs, int workers, string outputDirectory, double slowMilliseconds) => new()
    {
        Seed = seed,
        Inputs = inputs,
        Workers = workers,
        OutputDirectory = outputDirectory,
        SlowMilliseconds = slowMilliseconds,
    };
}
