using Nsfs.Headers.Analysis;
using Nsfs.Headers.Model;
using Nsfs.Headers.Sources;
using Nsfs.Headers.Types;

namespace Nsfs.Cli.Commands.Abi;

/// <summary>
/// A header argument: one header file, or a directory used as an include root. A file
/// <c>…/linux/nsfs.h</c> is included as <c>linux/nsfs.h</c> with <c>…</c> as its include root, so
/// the headers next to it (its own version's <c>linux/types.h</c>) win over the vendored ones.
/// </summary>
internal sealed class HeaderInput
{
    private readonly DirectoryHeaders _root;
    private readonly HeaderText? _file;

    private HeaderInput(DirectoryHeaders root, HeaderText? file)
    {
        _root = root;
        _file = file;
    }

    /// <summary>True for a single header file.</summary>
    public bool IsFile => _file is not null;

    /// <summary>The include names this input offers: the file's, or every <c>.h</c> under the root.</summary>
    public IReadOnlyList<string> IncludeNames => _file is { } file ? [file.IncludeName] : _root.IncludeNames();

    /// <summary>Opens <paramref name="path"/>.</summary>
    /// <exception cref="InputFileException">Neither a directory nor a readable regular header file.</exception>
    public static HeaderInput Open(string path)
    {
        if (Directory.Exists(path))
        {
            return new HeaderInput(new DirectoryHeaders(path), null);
        }

        var text = InputFile.ReadText(path);
        var full = Path.GetFullPath(path);
        var parent = Path.GetDirectoryName(full)!;
        var grandparent = Path.GetDirectoryName(parent);
        var root = grandparent ?? parent;
        var includeName = Path.GetRelativePath(root, full).Replace(Path.DirectorySeparatorChar, '/');
        return new HeaderInput(new DirectoryHeaders(root), new HeaderText(includeName, full, text));
    }

    /// <summary>Builds the model of <paramref name="includeName"/>, or returns <see langword="null"/> when this input has no such header.</summary>
    public HeaderModel? Build(string includeName, IReadOnlyList<DataModel> architectures)
    {
        var header = _file is { } file
            ? (file.IncludeName == includeName ? file : null)
            : _root.Find(includeName);
        if (header is null)
        {
            return null;
        }

        IHeaderProvider roots = _file is { } own
            ? new HeaderSet(new InMemoryHeaders([own]), _root, VendoredHeaders.Provider)
            : new HeaderSet(_root, VendoredHeaders.Provider);
        return HeaderModelBuilder.Build(header, roots, architectures: architectures);
    }

    /// <summary>Builds the single header of a file input.</summary>
    public HeaderModel BuildFile(IReadOnlyList<DataModel> architectures) =>
        Build(_file?.IncludeName ?? throw new InvalidOperationException("Not a file input."), architectures)!;
}
