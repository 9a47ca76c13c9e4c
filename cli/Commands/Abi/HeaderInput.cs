using Nsfs.Headers.Analysis;
using Nsfs.Headers.Model;
using Nsfs.Headers.Sources;
using Nsfs.Headers.Types;

namespace Nsfs.Cli.Commands.Abi;

/// <summary>
/// The headers a command reads: one header file, a tree of headers, include roots on disk, or the
/// vendored set, always assembled by <see cref="HeaderSetBuilder"/> (the file and its companions,
/// then the roots, then the vendored headers) — the same include set the generator builds for a marked header.
/// </summary>
internal sealed class HeaderInput
{
    private readonly IReadOnlyList<DirectoryHeaders> _roots;
    private readonly (DirectoryHeaders Root, string Below)? _tree;
    private readonly HeaderText? _file;
    private readonly HeaderSet _headers;

    private HeaderInput(IncludeOptions options, IReadOnlyList<HeaderText> file, (DirectoryHeaders Root, string Below)? tree = null)
    {
        _roots = options.Roots;
        _tree = tree;
        _file = file.Count > 0 ? file[0] : null;
        _headers = options.AddTo(new HeaderSetBuilder().AddHeaders(file)).Build();
    }

    /// <summary>True for a single header file.</summary>
    public bool IsFile => _file is not null;

    /// <summary>
    /// The include names this input offers: the file's, every <c>.h</c> of the tree, every <c>.h</c>
    /// under the roots, or every vendored header.
    /// </summary>
    public IReadOnlyList<string> IncludeNames =>
        _file is { } file ? [file.IncludeName]
        : _tree is { } tree ? tree.Root.IncludeNames().Where(n => tree.Below.Length == 0 || n.StartsWith(tree.Below, StringComparison.Ordinal)).ToList()
        : _roots.Count > 0 ? _roots.SelectMany(r => r.IncludeNames()).Distinct().Order(StringComparer.Ordinal).ToList()
        : VendoredHeaders.IncludeNames;

    /// <summary>The vendored headers alone.</summary>
    public static HeaderInput Vendored() => new(IncludeOptions.None, []);

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
            return new HeaderInput(IncludeOptions.Create([path], [], []), []);
        }

        var parent = Path.GetDirectoryName(Path.GetFullPath(path))!;
        return OpenFile(path, IncludeOptions.Create([Path.GetDirectoryName(parent) ?? parent], [], []));
    }

    /// <summary>
    /// Opens the header file <paramref name="path"/>, included by its path under the first include
    /// root it lies in (else by its file name, with its own folder searched last, as a C compiler
    /// looks next to the file for its quoted includes). A relative path that names no file is looked
    /// up under the include roots, like <c>#include &lt;…&gt;</c>: <c>--header linux/fs.h --include DIR</c>.
    /// </summary>
    /// <exception cref="InputFileException">The header (or its facts file) is missing or not a readable regular header file.</exception>
    public static HeaderInput OpenFile(string path, IncludeOptions options)
    {
        // Anything at the path itself (a directory or FIFO too) is the input: the reader says what is wrong with it.
        var found = Path.Exists(path) ? path
            : Path.IsPathRooted(path) ? null
            : options.Roots.Select(r => Path.Combine(r.Root, path)).FirstOrDefault(File.Exists);
        if (found is null)
        {
            var searched = Path.IsPathRooted(path) || options.Roots.Count == 0 ? string.Empty : $" (nor under {string.Join(", ", options.Roots.Select(r => r.Root))})";
            throw new InputFileException(path, ExitCode.InputNotFound, $"no such file{searched}");
        }

        var full = Path.GetFullPath(found);
        var includeName = Nsfs.Headers.Sources.IncludeNames.For(full, options.Roots.Select(r => r.Root));
        if (!options.Roots.Any(r => full.StartsWith(r.Root + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
        {
            options = options.WithRoot(DirectoryHeaders.Open(Path.GetDirectoryName(full)!));
        }

        return new HeaderInput(options, HeaderFiles.WithCompanions(full, includeName));
    }

    /// <summary>
    /// Opens every <c>.h</c> below <paramref name="directory"/>: each is included by its path under the
    /// first include root it lies in, the folder itself being the last root.
    /// </summary>
    /// <exception cref="InputFileException">The folder does not exist, may not be looked at, or is not a directory.</exception>
    public static HeaderInput OpenTree(string directory, IncludeOptions options)
    {
        var tree = DirectoryHeaders.Open(directory);
        var root = options.Roots.FirstOrDefault(r => tree.Root == r.Root || tree.Root.StartsWith(r.Root + Path.DirectorySeparatorChar, StringComparison.Ordinal));
        if (root is null)
        {
            options = options.WithRoot(tree);
            root = tree;
        }

        // Named as included from that root, so "linux/fs.h", not "fs.h", for --header-dir include/linux --include include.
        var below = Path.GetRelativePath(root.Root, tree.Root).Replace(Path.DirectorySeparatorChar, '/');
        return new HeaderInput(options, [], (root, below == "." ? string.Empty : below + "/"));
    }

    /// <summary>Builds the model of <paramref name="includeName"/>, or returns <see langword="null"/> when this input has no such header.</summary>
    public HeaderModel? Build(string includeName, IReadOnlyList<DataModel> architectures)
    {
        // Only a header this input offers: a name missing from one side of a diff must not be
        // read from the vendored set behind it.
        var header = _file is { } file ? (file.IncludeName == includeName ? file : null)
            : _tree is { } tree ? tree.Root.Find(includeName)
            : _roots.Count > 0 ? _roots.Select(r => r.Find(includeName)).FirstOrDefault(h => h is not null)
            : VendoredHeaders.Provider.Find(includeName);
        return header is null ? null : HeaderModelBuilder.Build(header, _headers, architectures);
    }

    /// <summary>Builds the single header of a file input.</summary>
    public HeaderModel BuildFile(IReadOnlyList<DataModel> architectures) =>
        Build(_file?.IncludeName ?? throw new InvalidOperationException("Not a file input."), architectures)!;
}
