namespace Nsfs.Package.Tests.Infrastructure;

/// <summary>
/// Packs Nsfs and Nsfs.Tool once into a folder feed under a fresh temporary directory outside the
/// repository, and prepares what consumers there restore with: a nuget.config with that feed (for
/// the Nsfs packages only) and nuget.org (everything else, as restore does on this machine and in
/// CI), and a private packages folder so an Nsfs already cached on the machine never stands in for
/// the one just packed.
/// </summary>
public sealed class PackedFeed : IDisposable
{
    public PackedFeed()
    {
        // Outside the repository so no Directory.Build.props or Directory.Packages.props applies.
        RootDirectory = Directory.CreateTempSubdirectory("nsfs-package-tests-").FullName;
        FeedDirectory = Path.Combine(RootDirectory, "feed");
        PackagesDirectory = Path.Combine(RootDirectory, "packages");
        ConsumersDirectory = Directory.CreateDirectory(Path.Combine(RootDirectory, "consumers")).FullName;
        string artifacts = Path.Combine(RootDirectory, "artifacts");

        // The build outputs go to the temporary artifacts folder, not the source tree's bin/ and obj/,
        // which the test run itself and other builds are using.
        foreach (string project in new[] { "runtime/Nsfs.csproj", "cli/Nsfs.Cli.csproj" })
        {
            var pack = Command.Dotnet(
                ["pack", Repository.PathOf(project), "-c", "Release", "--artifacts-path", artifacts, "-o", FeedDirectory,
                 "-p:ContinuousIntegrationBuild=true"],
                Repository.Root).ShouldSucceed();
            PackTimes.Add((project, pack.Elapsed));
        }

        // The source mapping makes the feed the only place Nsfs can come from. It sits above the
        // consumers only: dotnet tool install refuses --add-source where a mapping applies.
        File.WriteAllText(Path.Combine(ConsumersDirectory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="nsfs-under-test" value="{FeedDirectory}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="nsfs-under-test">
                  <package pattern="Nsfs" />
                  <package pattern="Nsfs.Tool" />
                </packageSource>
                <packageSource key="nuget.org">
                  <package pattern="*" />
                </packageSource>
              </packageSourceMapping>
            </configuration>
            """);
    }

    /// <summary>The temporary directory.</summary>
    public string RootDirectory { get; }

    /// <summary>Where consumers are created, below the nuget.config for the feed.</summary>
    public string ConsumersDirectory { get; }

    /// <summary>The folder feed with the packed .nupkg files.</summary>
    public string FeedDirectory { get; }

    /// <summary>The private NuGet global packages folder of the consumers.</summary>
    public string PackagesDirectory { get; }

    public string Version { get; } = Repository.Version;

    public List<(string Project, TimeSpan Elapsed)> PackTimes { get; } = [];

    /// <summary>The environment for commands that restore from the feed.</summary>
    public IReadOnlyDictionary<string, string> ConsumerEnvironment => new Dictionary<string, string>
    {
        ["NUGET_PACKAGES"] = PackagesDirectory,
    };

    public string PackagePath(string id) => Path.Combine(FeedDirectory, $"{id}.{Version}.nupkg");

    public string SymbolPackagePath(string id) => Path.Combine(FeedDirectory, $"{id}.{Version}.snupkg");

    /// <summary>A new empty directory for one consumer.</summary>
    public string NewDirectory(string name) => Directory.CreateDirectory(Path.Combine(ConsumersDirectory, name)).FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(RootDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A process that outlived its test may still hold a file; the temp folder is cleaned later.
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PackedFeedDefinition : ICollectionFixture<PackedFeed>
{
    // One collection: the tests share the packed feed and run one after another, since each is a
    // build that would only compete with the others for the same two cores.
    public const string Name = "Packed feed";
}
