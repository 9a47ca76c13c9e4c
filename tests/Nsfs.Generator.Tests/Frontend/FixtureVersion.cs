namespace Nsfs.Generator.Tests.Frontend;

/// <summary>
/// One folder of tests/fixtures (a header version) as the front end sees it: its own files shadow
/// the vendored headers, exactly as a user's newer header replaces the vendored copy.
/// </summary>
public sealed class FixtureVersion
{
    /// <summary>The headers the tests generate from; other files in a folder are only included.</summary>
    public static readonly IReadOnlyList<string> PrimaryHeaders = ["linux/nsfs.h", "linux/pidfd.h"];

    private FixtureVersion(string directory)
    {
        Directory = directory;
        Name = Path.GetRelativePath(OraclePaths.FixturesRoot, directory).Replace('\\', '/');
        Files = System.IO.Directory.GetFiles(directory, "*.h", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => new HeaderText(Path.GetRelativePath(directory, path).Replace('\\', '/'), path, File.ReadAllText(path)))
            .ToArray();
        Roots = new HeaderSet(new InMemoryHeaders(Files), VendoredHeaders.Provider);
    }

    /// <summary>Every fixture version, sorted by folder.</summary>
    public static IReadOnlyList<FixtureVersion> All { get; } =
        OraclePaths.FixtureVersionDirectories().Select(d => new FixtureVersion(d)).ToArray();

    /// <summary>The folder on disk.</summary>
    public string Directory { get; }

    /// <summary>The folder relative to tests/fixtures, e.g. <c>releases/v6.11-rc1</c>.</summary>
    public string Name { get; }

    /// <summary>Every header in the folder, by include name.</summary>
    public IReadOnlyList<HeaderText> Files { get; }

    /// <summary>The include roots: this folder first, then the vendored headers.</summary>
    public IHeaderProvider Roots { get; }

    /// <summary>The nsfs.h and pidfd.h this version holds.</summary>
    public IEnumerable<HeaderText> Primaries => Files.Where(f => PrimaryHeaders.Contains(f.IncludeName, StringComparer.Ordinal));

    /// <summary>Looks a version up by its folder name.</summary>
    public static FixtureVersion Get(string name) =>
        All.SingleOrDefault(v => v.Name == name) ?? throw new KeyNotFoundException($"No fixture version '{name}'.");

    /// <summary>One of this version's headers.</summary>
    public HeaderText Header(string includeName) =>
        Files.SingleOrDefault(f => f.IncludeName == includeName) ?? throw new KeyNotFoundException($"{Name} has no {includeName}.");

    /// <inheritdoc />
    public override string ToString() => Name;
}
