using System;
using System.Linq;

namespace Nsfs.Headers.Lexing;

/// <summary>An immutable, small set of macro names (sorted array; sets stay tiny in real headers).</summary>
public sealed class HideSet
{
    private readonly string[] _names;

    private HideSet(string[] names) => _names = names;

    /// <summary>The empty set.</summary>
    public static HideSet Empty { get; } = new(Array.Empty<string>());

    /// <summary>True when <paramref name="name"/> is in the set.</summary>
    public bool Contains(string name) => Array.BinarySearch(_names, name, StringComparer.Ordinal) >= 0;

    /// <summary>The set with <paramref name="name"/> added.</summary>
    public HideSet Add(string name) => Contains(name) ? this : new HideSet(_names.Append(name).OrderBy(n => n, StringComparer.Ordinal).ToArray());

    /// <summary>The union of two sets.</summary>
    public HideSet Union(HideSet other) =>
        other._names.Length == 0 ? this : new HideSet(_names.Union(other._names, StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal).ToArray());

    /// <summary>The intersection of two sets.</summary>
    public HideSet Intersect(HideSet other) =>
        _names.Length == 0 ? this : new HideSet(_names.Where(other.Contains).ToArray());
}
