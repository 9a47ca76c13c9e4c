using System.Reflection;
using Nsfs.Fuzz;

// nsfs front-end fuzzer: see FuzzOptions.Usage and README.md.
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
