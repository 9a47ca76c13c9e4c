using System;
using System.Collections.Generic;
using System.Linq;

namespace Nsfs.Headers.Sources;

/// <summary>
/// An ordered set of include roots: earlier providers win, so a user's header shadows the vendored
/// copy of the same name (that is how a newer nsfs.h replaces ours).
/// </summary>
public sealed class HeaderSet : IHeaderProvider
{
    private readonly IReadOnlyList<IHeaderProvider> _providers;

    /// <summary>Creates a set from providers in priority order.</summary>
    public HeaderSet(params IHeaderProvider[] providers) => _providers = providers;

    /// <inheritdoc />
    public HeaderText? Find(string includeName) =>
        _providers.Select(p => p.Find(includeName)).FirstOrDefault(h => h is not null);
}

/// <summary>Headers held in memory, keyed by include name.</summary>
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
