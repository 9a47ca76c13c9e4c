namespace Nsfs.Headers.Sources;

/// <summary>
/// The one recipe for the include roots a header is read with, shared by the generator and every
/// cli command: the caller's roots in the order added (headers held in memory, directories on
/// disk), then the vendored uapi headers; per-architecture roots before both on their architecture;
/// and the preludes read before every header (<see cref="DefaultPreludes"/> unless the caller says
/// otherwise). Add a header's companion files (<see cref="CompanionFiles"/>) beside it and
/// <see cref="Analysis.HeaderModelBuilder"/> finds them.
/// </summary>
public sealed class HeaderSetBuilder
{
    /// <summary>The word that, given as the only prelude, means "no prelude at all".</summary>
    public const string NoPrelude = "none";

    private readonly List<IHeaderProvider> _roots = new();
    private readonly List<(string Arch, IHeaderProvider Root)> _archRoots = new();
    private List<string>? _preludes;

    /// <summary>
    /// The preludes used unless <see cref="AddPrelude"/> or <see cref="WithPreludes"/> says otherwise:
    /// <c>linux/ioctl.h</c>, because C programs include <c>&lt;sys/ioctl.h&gt;</c> (which brings
    /// <c>_IO</c>, <c>_IOR</c>, <c>_IOW</c>, <c>_IOWR</c>) before a uapi header, and many uapi headers
    /// rely on it instead of including <c>&lt;linux/ioctl.h&gt;</c> themselves.
    /// </summary>
    public static IReadOnlyList<string> DefaultPreludes { get; } = new[] { "linux/ioctl.h" };

    /// <summary>Adds an include root searched after the ones added before it.</summary>
    public HeaderSetBuilder AddRoot(IHeaderProvider root)
    {
        _roots.Add(root);
        return this;
    }

    /// <summary>Adds headers (and companions) held in memory as one include root.</summary>
    public HeaderSetBuilder AddHeaders(IEnumerable<HeaderText> headers) => AddRoot(new InMemoryHeaders(headers));

    /// <summary>
    /// Adds an include root for one architecture (a data-model name such as <c>x64</c> or a kernel
    /// <c>arch/</c> name such as <c>x86</c>), searched before every other root on that architecture:
    /// a kernel tree's <c>arch/x86/include/uapi</c>, or an installed tree's <c>asm-x86</c>.
    /// </summary>
    public HeaderSetBuilder AddArchitectureRoot(string architecture, IHeaderProvider root)
    {
        _archRoots.Add((architecture.Trim(), root));
        return this;
    }

    /// <summary>Adds a prelude (an include name read before every header); the first one replaces <see cref="DefaultPreludes"/>.</summary>
    public HeaderSetBuilder AddPrelude(string includeName)
    {
        _preludes ??= new List<string>();
        if (!string.Equals(includeName.Trim(), NoPrelude, System.StringComparison.OrdinalIgnoreCase))
        {
            _preludes.Add(InMemoryHeaders.Normalize(includeName.Trim()));
        }

        return this;
    }

    /// <summary>
    /// Sets the preludes from a list as MSBuild writes one (<c>a.h;b.h</c>): empty or blank keeps
    /// <see cref="DefaultPreludes"/>, <see cref="NoPrelude"/> means none.
    /// </summary>
    public HeaderSetBuilder WithPreludes(string? list)
    {
        foreach (var name in (list ?? string.Empty).Split(';', ',').Where(n => !string.IsNullOrWhiteSpace(n)))
        {
            AddPrelude(name);
        }

        return this;
    }

    /// <summary>The set: the added roots, then <see cref="VendoredHeaders.Provider"/>.</summary>
    public HeaderSet Build() => new(_roots.Append(VendoredHeaders.Provider).ToArray(), (_preludes ?? DefaultPreludes).ToArray(), _archRoots.ToArray());
}
