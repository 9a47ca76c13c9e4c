using Nsfs.Headers.Sources;

namespace Nsfs.Cli.Commands.Abi;

/// <summary>
/// Headers read from an include root on disk (<c>/usr/include</c>, a copy of <c>headers/</c>), read
/// when first asked for. An unreadable file throws <see cref="IOException"/>, which the commands
/// report as unreadable input.
/// </summary>
internal sealed class DirectoryHeaders(string root) : IHeaderProvider
{
    private readonly Dictionary<string, HeaderText?> _cache = new(StringComparer.Ordinal);

    /// <summary>The include root.</summary>
    public string Root { get; } = Path.GetFullPath(root);

    /// <inheritdoc />
    public HeaderText? Find(string includeName)
    {
        var name = InMemoryHeaders.Normalize(includeName);
        if (!_cache.TryGetValue(name, out var header))
        {
            var path = Path.GetFullPath(Path.Combine(Root, name));
            // Only what lies under the root: "../" in an include must not read arbitrary files.
            header = path.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(path)
                ? new HeaderText(name, path, InputFile.ReadText(path))
                : null;
            _cache[name] = header;
        }

        return header;
    }

    /// <summary>The include names of every <c>.h</c> under the root, sorted.</summary>
    public IReadOnlyList<string> IncludeNames() =>
        Directory.EnumerateFiles(Root, "*.h", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Root, path).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
}
