namespace Nsfs.Headers.Lexing;

/// <summary>A comment with the lines it spans; used to document the definitions it stands next to.</summary>
public sealed record Comment(string Text, int StartLine, int EndLine, int Column)
{
    /// <summary>
    /// The text without comment decoration, once computed (see <c>DocComments.Clean</c>): a header
    /// included many times documents its definitions from the same comments, which are cleaned once.
    /// Not part of the record's equality.
    /// </summary>
    internal string? CleanedText { get; set; }

    /// <inheritdoc />
    public bool Equals(Comment? other) =>
        other is not null && Text == other.Text && StartLine == other.StartLine && EndLine == other.EndLine && Column == other.Column;

    /// <inheritdoc />
    public override int GetHashCode() => (Text, StartLine, EndLine, Column).GetHashCode();
}
