using Nsfs.Headers.Analysis;
using Nsfs.Headers.Model;
using Nsfs.Headers.Sources;
using Nsfs.Headers.Types;

namespace Nsfs.Cli.Commands.Abi;

/// <summary>
/// The headers a command reads: one header file, include roots on disk, or the vendored set, always
/// assembled by <see cref="HeaderSetBuilder"/> (the file and its companions, then the roots, then the
/// vendored headers) — the same include set the generator builds for a marked header.
/// </summary>
internal sealed class HeaderInput
{
    private readonly IReadOnlyList<DirectoryHeaders> _roots;
    private readonly HeaderText? _file;
    private readonly HeaderSet _headers;

    private HeaderInput(IReadOnlyList<DirectoryHeaders> roots, IReadOnlyList<HeaderText> file)
    {
        _roots = roots;
        _file = file.Count > 0 ? file[0] : null;
        var builder = new HeaderSetBuilder().AddHeaders(file);
        foreach (var root in roots)
        {
            builder.AddRoot(root);
        }

        _headers = builder.Build();
    }

    /// <summary>True for a single header file.</summary>
    public bool IsFile => _file is not null;

    /// <summary>The include names this input offers: the file's, every <c>.h</c> under the roots, or every vendored header.</summary>
    public IReadOnlyList<string> IncludeNames =>
        _file is { } file ? [file.IncludeName]
        : _roots.Count > 0 ? _roots.SelectMany(r => r.IncludeNames()).Distinct().Order(StringComparer.Ordinal).ToList()
        : VendoredHeaders.IncludeNames;

    /// <summary>The vendored headers alone.</summary>
    public static HeaderInput Vendored() => new([], []);

    /// <summary>
    /// Opens <paramref name="path"/> for <c>diff</c> and <c>baseline</c>: a directory is an include
    /// root; a file <c>…/linux/nsfs.h</c> is included as <c>linux/nsfs.h</c> with <c>…</c> as its
    /// include root, so the headers next to it (its own version's <c>linux/types.h</c>) win over the vendored ones.
    /// </summary>
    /// <exception cref="InputFileException">Neither a directory nor a readable regular header file.</exception>
    public static HeaderInput Open(string path)
    {
        if (Directory.Exists(path))
        {
            return new HeaderInput([new DirectoryHeaders(path)], []);
        }

        var parent = Path.GetDirectoryName(Path.GetFullPath(path))!;
        return OpenFile(path, [Path.GetDirectoryName(parent) ?? parent]);
    }

    /// <summary>
    /// Opens the header file <paramref name="path"/>, included by its path under the first of
    /// <paramref name="includeRoots"/> it lies in (else by its file name); the roots are searched for its includes.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">An include root does not exist.</exception>
    /// <exception cref="InputFileException">The header (or its facts file) is not a readable regular header file.</exception>
    public static HeaderInput OpenFile(string path, IReadOnlyList<string> includeRoots)
    {
        var roots = includeRoots.Select(d => Directory.Exists(d) ? new DirectoryHeaders(d) : throw new DirectoryNotFoundException($"{d}: no such directory")).ToList();
        var full = Path.GetFullPath(path);
        var includeName = Nsfs.Headers.Sources.IncludeNames.For(full, roots.Select(r => r.Root));
        return new HeaderInput(roots, HeaderFiles.WithCompanions(full, includeName));
    }

    /// <summary>Builds the model of <paramref name="includeName"/>, or returns <see langword="null"/> when this input has no such header.</summary>
    public HeaderModel? Build(string includeName, IReadOnlyList<DataModel> architectures)
    {
        // Only a header this input offers: a name missing from one side of a diff must not be
        // read from the vendored set behind it.
        var header = _file is { } file ? (file.IncludeName == includeName ? file : null)
            : _roots.Count > 0 ? _roots.Select(r => r.Find(includeName)).FirstOrDefault(h => h is not null)
            : VendoredHeaders.Provider.Find(includeName);
        return header is null ? null : HeaderModelBuilder.Build(header, _headers, architectures);
    }

    /// <summary>Builds the single header of a file input.</summary>
    public HeaderModel BuildFile(IReadOnlyList<DataModel> architectures) =>
        Build(_file?.IncludeName ?? throw new InvalidOperationException("Not a file input."), architectures)!;
}
