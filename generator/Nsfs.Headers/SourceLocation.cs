namespace Nsfs.Headers;

/// <summary>A position in a header: the header's display path, 1-based line and column, and the length of the marked text.</summary>
public readonly record struct SourceLocation(string Path, int Line, int Column, int Length)
{
    /// <summary>A location for things that have no place in a header (e.g. an internal error).</summary>
    public static SourceLocation None { get; } = new(string.Empty, 0, 0, 0);

    /// <summary>Formats the location the way compilers do: <c>path(line,col)</c>.</summary>
    public override string ToString() => $"{Path}({Line},{Column})";
}
