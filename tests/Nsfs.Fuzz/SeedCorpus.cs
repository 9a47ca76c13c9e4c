using Nsfs.Headers.Sources;

namespace Nsfs.Fuzz;

/// <summary>
/// Every seed, in a fixed order (so an input index names the same input on every machine): the
/// vendored headers, each fixture version's headers, the Linux 4.19 whole-tree corpus and the
/// reproducers of past findings.
/// </summary>
internal static class SeedCorpus
{
    /// <summary>The fuzzer's own folder in the source tree.</summary>
    public static string FuzzRoot(string repositoryRoot) => Path.Combine(repositoryRoot, "tests", "Nsfs.Fuzz");

    /// <summary>Where reproducers of findings are kept; each one is also a regression test.</summary>
    public static string ReproducersRoot(string repositoryRoot) => Path.Combine(FuzzRoot(repositoryRoot), "Reproducers");

    public static IReadOnlyList<Seed> Load(string repositoryRoot)
    {
        var seeds = new List<Seed>();
        foreach (var name in VendoredHeaders.IncludeNames)
        {
            seeds.Add(new Seed("vendored:" + name, VendoredHeaders.Provider.Find(name)!, VendoredHeaders.Provider));
        }

        var fixtures = Path.Combine(repositoryRoot, "tests", "fixtures");
        foreach (var version in new[] { "releases", "dev-snapshots", "installed" }
            .SelectMany(group => Directory.GetDirectories(Path.Combine(fixtures, group))).Order(StringComparer.Ordinal))
        {
            var files = Directory.GetFiles(version, "*.h", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                .Select(path => new HeaderText(Path.GetRelativePath(version, path).Replace('\\', '/'),
                    "fixtures/" + Path.GetRelativePath(fixtures, path).Replace('\\', '/'), File.ReadAllText(path)))
                .ToList();
            var roots = new HeaderSet(new InMemoryHeaders(files), VendoredHeaders.Provider);
            seeds.AddRange(files.Select(file => new Seed("fixture:" + file.DisplayPath, file, roots)));
        }

        var corpus = new CorpusHeaders(Path.Combine(FuzzRoot(repositoryRoot), "Corpus", "linux-4.19"));
        var corpusRoots = new HeaderSet(corpus, VendoredHeaders.Provider);
        seeds.AddRange(corpus.IncludeNames().Select(name => new Seed("corpus:" + name, corpus.Find(name)!, corpusRoots)));

        var reproducers = ReproducersRoot(repositoryRoot);
        if (Directory.Exists(reproducers))
        {
            foreach (var path in Directory.GetFiles(reproducers, "*.h").Order(StringComparer.Ordinal))
            {
                var name = "fuzz/" + Path.GetFileName(path);
                seeds.Add(new Seed("reproducer:" + Path.GetFileName(path), new HeaderText(name, name, File.ReadAllText(path)), VendoredHeaders.Provider));
            }
        }

        return seeds;
    }
}
