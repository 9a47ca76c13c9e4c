using System.Collections.Concurrent;

namespace Nsfs.Generator.Tests.Baseline;

/// <summary>Header models of the fixtures, the vendored headers and in-memory test headers, built once per test run.</summary>
internal static class BaselineInputs
{
    private static readonly ConcurrentDictionary<string, HeaderModel> Models = new(StringComparer.Ordinal);

    /// <summary>The path of a fixture header, e.g. (<c>releases/v6.11</c>, <c>nsfs.h</c>).</summary>
    public static string FixturePath(string fixture, string header) =>
        Path.Combine(OraclePaths.FixturesRoot, fixture, "linux", header);

    /// <summary>
    /// A fixture header's model. The fixture's own folder is the first include root, so its other
    /// headers win; the vendored set supplies linux/ioctl.h and the per-arch asm/ioctl.h.
    /// </summary>
    public static HeaderModel Fixture(string fixture, string header) =>
        Models.GetOrAdd($"{fixture}|{header}", _ => FromRoot(Path.Combine(OraclePaths.FixturesRoot, fixture), "linux/" + header));

    /// <summary>The model of a vendored header, read from the source tree (not the embedded copy), so a stale baseline shows even before a rebuild.</summary>
    public static HeaderModel Vendored(string includeName) =>
        Models.GetOrAdd("vendored|" + includeName, _ => FromRoot(OraclePaths.HeadersRoot, includeName));

    /// <summary>The model of a header given as text (included as <paramref name="includeName"/>).</summary>
    public static HeaderModel FromText(string text, string includeName = "test/abi.h") =>
        HeaderModelBuilder.Build(new HeaderText(includeName, includeName, text), VendoredHeaders.Provider);

    private static HeaderModel FromRoot(string root, string includeName)
    {
        var headers = Directory.GetFiles(root, "*.h", SearchOption.AllDirectories)
            .Select(path => new HeaderText(Path.GetRelativePath(root, path).Replace('\\', '/'), path, File.ReadAllText(path)))
            .ToList();
        var primary = headers.Single(h => h.IncludeName == includeName);
        return HeaderModelBuilder.Build(primary, new HeaderSet(new InMemoryHeaders(headers), VendoredHeaders.Provider));
    }
}
