using Nsfs.Headers.Sources;

namespace Nsfs.Cli.Commands.Abi;

/// <summary>
/// Headers read from an include root on disk (<c>/usr/include</c>, a copy of <c>headers/</c>), read
/// when first asked for. An unreadable file or folder throws <see cref="IOException"/> or
/// <see cref="UnauthorizedAccessException"/>, which the commands report as an input that cannot be used.
/// </summary>
internal sealed class DirectoryHeaders : IHeaderProvider
{
    private readonly Dictionary<string, HeaderText?> _cache = new(StringComparer.Ordinal);

    private DirectoryHeaders(string root) => Root = Path.GetFullPath(root);

    /// <summary>The include root.</summary>
    public string Root { get; }

    /// <summary>The headers under the folder <paramref name="root"/>, as named on the command line.</summary>
    /// <exception cref="InputFileException">It does not exist, may not be looked at, or is not a directory.</exception>
    public static DirectoryHeaders Open(string root)
    {
        InputFile.RequireDirectory(root);
        return new DirectoryHeaders(root);
    }

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
