using System.Collections.Concurrent;

namespace Nsfs.Generator.Tests.Sweep;

/// <summary>
/// An installed uapi tree as Nsfs include roots: <c>include/</c> for the architecture-independent
/// headers and <c>arch/&lt;arch&gt;/asm/</c> for <c>&lt;asm/…&gt;</c> (Nsfs asks for those as
/// <c>arch/&lt;arch&gt;/asm/X</c>). Files are read once and shared by every architecture.
/// </summary>
public sealed class CorpusHeaders(string root) : IHeaderProvider
{
    private readonly ConcurrentDictionary<string, HeaderText?> _files = new(StringComparer.Ordinal);

    /// <summary>The tree's root (holding <c>include/</c> and <c>arch/</c>).</summary>
    public string Root { get; } = root;

    public HeaderText? Find(string includeName) => _files.GetOrAdd(includeName, name =>
    {
        var path = Path.Combine(Root, name.StartsWith("arch/", StringComparison.Ordinal) ? name : Path.Combine("include", name));
        return File.Exists(path) ? new HeaderText(name, path, File.ReadAllText(path)) : null;
    });
}
