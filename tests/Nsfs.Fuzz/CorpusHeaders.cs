using System.Collections.Concurrent;
using Nsfs.Headers.Sources;

namespace Nsfs.Fuzz;

/// <summary>
/// A whole installed uapi tree (<c>include/</c> plus <c>arch/&lt;arch&gt;/asm/</c>) as include roots:
/// <c>arch/x86/asm/ioctl.h</c> is read from <c>arch/</c>, every other name from <c>include/</c>.
/// Files are read once, on first use.
/// </summary>
internal sealed class CorpusHeaders : IHeaderProvider
{
    private readonly string _root;
    private readonly ConcurrentDictionary<string, HeaderText?> _cache = new(StringComparer.Ordinal);

    public CorpusHeaders(string root) => _root = root;

    /// <summary>The include names of every header under <c>include/</c>.</summary>
    public IEnumerable<string> IncludeNames()
    {
        var include = Path.Combine(_root, "include");
        return Directory.EnumerateFiles(include, "*.h", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(include, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
    }

    public HeaderText? Find(string includeName) => _cache.GetOrAdd(InMemoryHeaders.Normalize(includeName), Read);

    private HeaderText? Read(string name)
    {
        if (name.Contains("..", StringComparison.Ordinal) || Path.IsPathRooted(name))
        {
            return null;
        }

        var path = Path.Combine(_root, name.StartsWith("arch/", StringComparison.Ordinal) ? string.Empty : "include", name);
        return File.Exists(path) ? new HeaderText(name, "corpus/" + name, File.ReadAllText(path)) : null;
    }
}
