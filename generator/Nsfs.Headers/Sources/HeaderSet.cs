using Nsfs.Headers.Types;

namespace Nsfs.Headers.Sources;

/// <summary>
/// An ordered set of include roots: earlier providers win, so a user's header shadows the vendored
/// copy of the same name (that is how a newer nsfs.h replaces ours). Build one with
/// <see cref="HeaderSetBuilder"/>, which puts the vendored headers last. A set also carries what a C
/// compiler is told besides its <c>-I</c> roots: the preludes read before every header
/// (<c>-include</c>) and the include roots of one architecture only.
/// </summary>
public sealed class HeaderSet : IHeaderProvider
{
    private readonly IReadOnlyList<IHeaderProvider> _providers;
    private readonly IReadOnlyList<(string Arch, IHeaderProvider Root)> _archRoots;

    /// <summary>Creates a set from providers in priority order, with no prelude and no per-architecture roots.</summary>
    public HeaderSet(params IHeaderProvider[] providers)
        : this(providers, Array.Empty<string>(), Array.Empty<(string, IHeaderProvider)>())
    {
    }

    /// <summary>Creates a set.</summary>
    /// <param name="providers">The include roots of every architecture, in priority order.</param>
    /// <param name="preludes">Include names read, in order, before every header (<c>-include</c>).</param>
    /// <param name="archRoots">
    /// Include roots for one architecture, searched before <paramref name="providers"/> on it; the
    /// architecture is a data-model name (<c>x64</c>) or a kernel <c>arch/</c> name (<c>x86</c>).
    /// </param>
    public HeaderSet(IReadOnlyList<IHeaderProvider> providers, IReadOnlyList<string> preludes, IReadOnlyList<(string Arch, IHeaderProvider Root)> archRoots)
    {
        _providers = providers;
        Preludes = preludes;
        _archRoots = archRoots;
    }

    /// <summary>Include names read, in order, before every header, as by a C compiler's <c>-include</c>.</summary>
    public IReadOnlyList<string> Preludes { get; }

    /// <inheritdoc />
    public HeaderText? Find(string includeName) =>
        _providers.Select(p => p.Find(includeName)).FirstOrDefault(h => h is not null);

    /// <summary>
    /// The roots given for <paramref name="model"/>'s architecture alone (by its name or its kernel
    /// <c>arch/</c> name), in the order given, or <see langword="null"/> when there are none.
    /// </summary>
    public IHeaderProvider? ArchitectureRoots(DataModel model)
    {
        var roots = _archRoots
            .Where(r => string.Equals(r.Arch, model.Name, StringComparison.OrdinalIgnoreCase) || string.Equals(r.Arch, model.KernelArch, StringComparison.OrdinalIgnoreCase))
            .Select(r => r.Root)
            .ToArray();
        return roots.Length == 0 ? null : new HeaderSet(roots);
    }

    /// <summary>This set with <paramref name="root"/> searched first; preludes and per-architecture roots are kept.</summary>
    public HeaderSet WithFirst(IHeaderProvider root) => new(_providers.Prepend(root).ToArray(), Preludes, _archRoots);

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
