using System.IO;
using System.Reflection;
using System.Text;

namespace Nsfs.Headers.Sources;

/// <summary>
/// The uapi headers vendored in the repository's <c>headers/</c> folder, embedded in this assembly:
/// the default include roots, so a user header can include <c>&lt;linux/ioctl.h&gt;</c> with nothing else supplied.
/// </summary>
public static class VendoredHeaders
{
    private const string Prefix = "headers/";
    private static InMemoryHeaders? _provider;

    /// <summary>The vendored headers and their facts files as a provider; display paths are <c>&lt;vendored&gt;/linux/nsfs.h</c>.</summary>
    public static IHeaderProvider Provider => _provider ??= new InMemoryHeaders(Load());

    /// <summary>The include names of every vendored header.</summary>
    public static IReadOnlyList<string> IncludeNames =>
        typeof(VendoredHeaders).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, System.StringComparison.Ordinal) && n.EndsWith(".h", System.StringComparison.Ordinal))
            .Select(n => n.Substring(Prefix.Length)).OrderBy(n => n, System.StringComparer.Ordinal).ToList();

    /// <summary>The text of one vendored file (a header or its facts).</summary>
    public static string? Read(string includeName)
    {
        using var stream = typeof(VendoredHeaders).Assembly.GetManifestResourceStream(Prefix + includeName);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream, new UTF8Encoding(false));
        return reader.ReadToEnd();
    }

    private static IEnumerable<HeaderText> Load() =>
        IncludeNames.SelectMany(name => new[] { name, CompanionFiles.FactsOf(name) })
            .Select(name => Read(name) is { } text ? new HeaderText(name, "<vendored>/" + name, text) : null)
            .OfType<HeaderText>();
}
