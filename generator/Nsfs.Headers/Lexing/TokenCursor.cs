namespace Nsfs.Headers.Lexing;

/// <summary>A read position in a token list, with the error-raising helpers the parsers share.</summary>
public sealed class TokenCursor
{
    private readonly IReadOnlyList<Token> _tokens;
    private readonly SourceLocation _end;

    /// <summary>Creates a cursor; <paramref name="end"/> is reported for errors at the end of input.</summary>
    public TokenCursor(IReadOnlyList<Token> tokens, SourceLocation end)
    {
        _tokens = tokens;
        _end = end;
    }

    /// <summary>The current index.</summary>
    public int Index { get; set; }

    /// <summary>True when every token was consumed.</summary>
    public bool AtEnd => Index >= _tokens.Count;

    /// <summary>The token <paramref name="ahead"/> positions on, or <see langword="null"/>.</summary>
    public Token? Peek(int ahead = 0) => Index + ahead < _tokens.Count ? _tokens[Index + ahead] : null;

    /// <summary>Where the current token (or the end) is.</summary>
    public SourceLocation Location => Peek()?.Location ?? _end;

    /// <summary>True when the current token is <paramref name="text"/>.</summary>
    public bool At(string text) => Peek()?.Is(text) == true;

    /// <summary>Consumes the current token.</summary>
    /// <exception cref="HeaderException">At the end of input.</exception>
    public Token Next() => Peek() is { } token ? _tokens[Index++] : throw Error("Unexpected end of input");

    /// <summary>Consumes the current token when it is <paramref name="text"/>.</summary>
    public bool Accept(string text)
    {
        if (!At(text))
        {
            return false;
        }

        Index++;
        return true;
    }

    /// <summary>Consumes <paramref name="text"/> or fails.</summary>
    /// <exception cref="HeaderException">Something else is there.</exception>
    public Token Expect(string text) =>
        At(text) ? _tokens[Index++] : throw Error(Peek() is { } t ? $"Expected '{text}' but found '{t.Text}'" : $"Expected '{text}' at end of input");

    /// <summary>A syntax error at the current position.</summary>
    public HeaderException Error(string message) => new(DiagnosticIds.SyntaxError, message, Location);
}
