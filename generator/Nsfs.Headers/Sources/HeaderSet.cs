using System.Collections.Generic;
using System.Linq;

namespace Nsfs.Headers.Sources;

/// <summary>
/// An ordered set of include roots: earlier providers win, so a user's header shadows the vendored
/// copy of the same name (that is how a newer nsfs.h replaces ours). Build one with
/// <see cref="HeaderSetBuilder"/>, which puts the vendored headers last.
/// </summary>
public sealed class HeaderSet : IHeaderProvider
{
    private readonly IReadOnlyList<IHeaderProvider> _providers;

    /// <summary>Creates a set from providers in priority order.</summary>
    public HeaderSet(params IHeaderProvider[] providers) => _providers = providers;

    /// <inheritdoc />
    public HeaderText? Find(string includeName) =>
        _providers.Select(p => p.Find(includeName)).FirstOrDefault(h => h is not null);

    /// <summary>
    /// The companion (<see cref="CompanionFiles"/>) of <paramref name="header"/>, taken from the
    /// provider that supplies that very header: a user's <c>linux/nsfs.h</c> without facts does not
    /// borrow the vendored copy's, and a header the set does not hold has none.
    /// </summary>
    public HeaderText? Companion(HeaderText header, string suffix)
    {
        foreach (var provider in _providers)
        {
            if (provider.Find(header.IncludeName) is { } found)
            {
                return found.DisplayPath == header.DisplayPath ? provider.Find(header.IncludeName + suffix) : null;
            }
        }

        return null;
    }
}
