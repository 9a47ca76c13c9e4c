namespace Nsfs.Headers.Lexing;

/// <summary>An immutable, small set of macro names (sorted array; sets stay tiny in real headers).</summary>
public sealed class HideSet
{
    private readonly string[] _names;

    private HideSet(string[] names) => _names = names;

    /// <summary>The empty set.</summary>
    public static HideSet Empty { get; } = new(Array.Empty<string>());

    /// <summary>How many names the set holds.</summary>
    public int Count => _names.Length;

    /// <summary>True when <paramref name="name"/> is in the set.</summary>
    public bool Contains(string name) => Array.BinarySearch(_names, name, StringComparer.Ordinal) >= 0;

    /// <summary>The set with <paramref name="name"/> added.</summary>
    public HideSet Add(string name)
    {
        // Every object-like expansion adds one name, so this is on the expander's hot path: insert
        // into the sorted array directly rather than re-sorting.
        var index = Array.BinarySearch(_names, name, StringComparer.Ordinal);
        if (index >= 0)
        {
            return this;
        }

        index = ~index;
        var names = new string[_names.Length + 1];
        Array.Copy(_names, names, index);
        names[index] = name;
        Array.Copy(_names, index, names, index + 1, _names.Length - index);
        return new HideSet(names);
    }

    /// <summary>The union of two sets.</summary>
    public HideSet Union(HideSet other)
    {
        // Most unions add a macro's hide set to its replacement tokens, whose own sets are empty or
        // already hold it: returning an operand then avoids an allocation per token, which dominates
        // long expansions. Otherwise the sorted arrays are merged.
        if (other._names.Length == 0 || ReferenceEquals(this, other))
        {
            return this;
        }

        if (_names.Length == 0)
        {
            return other;
        }

        var merged = new string[_names.Length + other._names.Length];
        int i = 0, j = 0, n = 0;
        while (i < _names.Length || j < other._names.Length)
        {
            var order = i == _names.Length ? 1 : j == other._names.Length ? -1 : string.CompareOrdinal(_names[i], other._names[j]);
            merged[n++] = order <= 0 ? _names[i] : other._names[j];
            i += order <= 0 ? 1 : 0;
            j += order >= 0 ? 1 : 0;
        }

        if (n == _names.Length)
        {
            return this;
        }

        if (n == other._names.Length)
        {
            return other;
        }

        Array.Resize(ref merged, n);
        return new HideSet(merged);
    }

    /// <summary>The intersection of two sets.</summary>
    public HideSet Intersect(HideSet other) =>
        _names.Length == 0 ? this : new HideSet(_names.Where(other.Contains).ToArray());
}
