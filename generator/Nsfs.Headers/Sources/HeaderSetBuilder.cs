using System.Collections.Generic;
using System.Linq;

namespace Nsfs.Headers.Sources;

/// <summary>
/// The one recipe for the include roots a header is read with, shared by the generator and every
/// cli command: the caller's roots in the order added (headers held in memory, directories on
/// disk), then the vendored uapi headers. Add a header's companion files (<see cref="CompanionFiles"/>)
/// beside it and <see cref="Analysis.HeaderModelBuilder"/> finds them.
/// </summary>
public sealed class HeaderSetBuilder
{
    private readonly List<IHeaderProvider> _roots = new();

    /// <summary>Adds an include root searched after the ones added before it.</summary>
    public HeaderSetBuilder AddRoot(IHeaderProvider root)
    {
        _roots.Add(root);
        return this;
    }

    /// <summary>Adds headers (and companions) held in memory as one include root.</summary>
    public HeaderSetBuilder AddHeaders(IEnumerable<HeaderText> headers) => AddRoot(new InMemoryHeaders(headers));

    /// <summary>The set: the added roots, then <see cref="VendoredHeaders.Provider"/>.</summary>
    public HeaderSet Build() => new(_roots.Append(VendoredHeaders.Provider).ToArray());
}
