namespace Nsfs.Headers.Lexing;

/// <summary>
/// One preprocessing token. <see cref="StartsLine"/> marks the first token of a logical line
/// (directives are recognised by it); <see cref="HideSet"/> lists the macros that may not expand
/// this token again (the classic hide-set algorithm that makes self-reference terminate).
/// </summary>
/// <param name="kind">What kind of token it is.</param>
/// <param name="text">Its spelling.</param>
/// <param name="path">The file it was read from.</param>
/// <param name="line">Its 1-based line.</param>
/// <param name="column">Its 1-based column.</param>
/// <param name="startsLine">Whether it is the first token of a logical line.</param>
/// <param name="leadingSpace">Whether white space precedes it.</param>
/// <param name="hideSet">The macros that may not expand it again; none when <see langword="null"/>.</param>
public sealed class Token(TokenKind kind, string text, string path, int line, int column, bool startsLine, bool leadingSpace, HideSet? hideSet = null)
{
    /// <summary>The token kind.</summary>
    public TokenKind Kind { get; } = kind;

    /// <summary>The token's spelling.</summary>
    public string Text { get; } = text;

    /// <summary>The header the token was read from.</summary>
    public string Path { get; } = path;

    /// <summary>1-based line.</summary>
    public int Line { get; } = line;

    /// <summary>1-based column.</summary>
    public int Column { get; } = column;

    /// <summary>True for the first token of a logical line.</summary>
    public bool StartsLine { get; } = startsLine;

    /// <summary>True when white space (or a comment) precedes the token.</summary>
    public bool LeadingSpace { get; } = leadingSpace;

    /// <summary>Macros that must not expand this token.</summary>
    public HideSet HideSet { get; } = hideSet ?? HideSet.Empty;

    /// <summary>Where the token stands.</summary>
    public SourceLocation Location => new(Path, Line, Column, Text.Length);

    /// <summary>True when the token is the punctuator or identifier <paramref name="text"/>.</summary>
    public bool Is(string text) => (Kind == TokenKind.Punctuator || Kind == TokenKind.Identifier) && Text == text;

    /// <summary>A copy with another hide set (and optionally another leading-space flag), same position.</summary>
    public Token With(HideSet hideSet, bool? leadingSpace = null) =>
        new(Kind, Text, Path, Line, Column, false, leadingSpace ?? LeadingSpace, hideSet);

    /// <summary>A copy with another hide set and leading-space flag, standing where <paramref name="position"/> stands.</summary>
    public Token At(Token position, HideSet hideSet, bool leadingSpace) =>
        new(Kind, Text, position.Path, position.Line, position.Column, false, leadingSpace, hideSet);

    /// <inheritdoc />
    public override string ToString() => Text;
}
