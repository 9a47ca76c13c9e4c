using Nsfs.Headers.Lexing;

namespace Nsfs.Headers.Parsing;

/// <summary>The documentation comment of a declaration, looked up among its header's comments.</summary>
internal sealed class DocumentationLookup
{
    private readonly IReadOnlyDictionary<string, IReadOnlyList<Comment>> _comments;

    public DocumentationLookup(IReadOnlyDictionary<string, IReadOnlyList<Comment>> comments) => _comments = comments;

    /// <summary>The comment documenting what is declared at <paramref name="location"/>, if any.</summary>
    public string? At(SourceLocation location) =>
        _comments.TryGetValue(location.Path, out var comments) ? DocComments.Find(comments, location.Line, location.Line, location.Column) : null;
}
