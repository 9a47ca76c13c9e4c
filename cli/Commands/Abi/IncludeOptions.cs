using Nsfs.Headers.Sources;

namespace Nsfs.Cli.Commands.Abi;

/// <summary>
/// What a C compiler is told besides the header: include roots (<c>-I</c>), roots of one
/// architecture only, and preludes (<c>-include</c>). Folders are checked when the options are made,
/// so a typo is reported before any header is read.
/// </summary>
internal sealed class IncludeOptions
{
    private IncludeOptions(IReadOnlyList<DirectoryHeaders> roots, IReadOnlyList<(string Arch, DirectoryHeaders Root)> architectureRoots, IReadOnlyList<string>? preludes)
    {
        Roots = roots;
        ArchitectureRoots = architectureRoots;
        Preludes = preludes;
    }

    /// <summary>No roots, the default preludes.</summary>
    public static IncludeOptions None { get; } = new([], [], null);

    /// <summary>The include roots of every architecture, in order.</summary>
    public IReadOnlyList<DirectoryHeaders> Roots { get; }

    /// <summary>The include roots of one architecture each.</summary>
    public IReadOnlyList<(string Arch, DirectoryHeaders Root)> ArchitectureRoots { get; }

    /// <summary>The preludes asked for, or <see langword="null"/> for <see cref="HeaderSetBuilder.DefaultPreludes"/>.</summary>
    public IReadOnlyList<string>? Preludes { get; }

    /// <summary>Reads the options.</summary>
    /// <param name="roots">Include folders.</param>
    /// <param name="architectureRoots">Per-architecture folders as <c>ARCH=DIR</c>.</param>
    /// <param name="preludes">Prelude include names; none given keeps the default, <c>none</c> means none.</param>
    /// <exception cref="InputFileException">A folder does not exist, may not be looked at, or is not a directory.</exception>
    /// <exception cref="ArgumentException">An <c>ARCH=DIR</c> lacks its <c>=</c>, architecture or folder.</exception>
    public static IncludeOptions Create(IEnumerable<string> roots, IEnumerable<string> architectureRoots, IReadOnlyList<string> preludes)
    {
        var arch = architectureRoots.Select(pair =>
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            return equals > 0 && equals < pair.Length - 1
                ? (pair[..equals].Trim(), DirectoryHeaders.Open(pair[(equals + 1)..]))
                : throw new ArgumentException($"--include-arch '{pair}': expected ARCH=DIR, e.g. x86=linux/arch/x86/include/uapi");
        }).ToList();
        return new IncludeOptions(roots.Select(DirectoryHeaders.Open).ToList(), arch, preludes.Count == 0 ? null : preludes);
    }

    /// <summary>These options with <paramref name="root"/> searched after the others.</summary>
    public IncludeOptions WithRoot(DirectoryHeaders root) => new([.. Roots, root], ArchitectureRoots, Preludes);

    /// <summary>Adds the options to a header set after the roots the builder already holds.</summary>
    public HeaderSetBuilder AddTo(HeaderSetBuilder builder)
    {
        foreach (var root in Roots)
        {
            builder.AddRoot(root);
        }

        foreach (var (arch, root) in ArchitectureRoots)
        {
            builder.AddArchitectureRoot(arch, root);
        }

        foreach (var prelude in Preludes ?? [])
        {
            builder.AddPrelude(prelude);
        }

        return builder;
    }
}
