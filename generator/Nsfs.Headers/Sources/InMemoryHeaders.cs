namespace Nsfs.Headers.Sources;

/// <summary>Headers (and their companion files) held in memory, keyed by include name.</summary>
public sealed class InMemoryHeaders : IHeaderProvider
{
    private readonly Dictionary<string, HeaderText> _headers = new(StringComparer.Ordinal);

    /// <summary>Creates the provider from headers.</summary>
    public InMemoryHeaders(IEnumerable<HeaderText> headers)
    {
        foreach (var header in headers)
        {
            _headers[Normalize(header.IncludeName)] = header;
        }
    }

    /// <inheritdoc />
    public HeaderText? Find(string includeName) => _headers.TryGetValue(Normalize(includeName), out var header) ? header : null;

    /// <summary>Forward slashes, no leading "./".</summary>
    public static string Normalize(string includeName)
    {
        var name = includeName.Replace('\\', '/');
        while (name.StartsWith("./", StringComparison.Ordinal))
        {
            name = name.Substring(2);
        }

        return name;
    }
}
