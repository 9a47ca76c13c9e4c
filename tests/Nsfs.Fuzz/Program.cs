using System.Reflection;

namespace Nsfs.Fuzz;

/// <summary>The nsfs front-end fuzzer: see <see cref="FuzzOptions.Usage"/> and docs/fuzzing.md.</summary>
internal static class FuzzProgram
{
    public static int Main(string[] args)
    {
        FuzzOptions options;
        try
        {
            options = FuzzOptions.Parse(args);
        }
        catch (ArgumentException error)
        {
            Console.Error.WriteLine($"nsfs-fuzz: {error.Message}");
            Console.Error.WriteLine(FuzzOptions.Usage);
            return 2;
        }

        var repositoryRoot = options.RepositoryRoot
            ?? typeof(Campaign).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;
        if (options.IsWorker)
        {
            return Worker.Run(repositoryRoot);
        }

        var report = Campaign.Run(repositoryRoot, options, Console.Out);
        Console.WriteLine(report.Summary());
        return report.Total == 0 ? 0 : 1;
    }
}
