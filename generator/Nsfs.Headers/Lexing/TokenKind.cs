namespace Nsfs.Headers.Lexing;

/// <summary>The kinds of C preprocessing tokens.</summary>
public enum TokenKind
{
    /// <summary>An identifier or keyword.</summary>
    Identifier,
    /// <summary>A preprocessing number (<c>0x1</c>, <c>14</c>, <c>1ULL</c>).</summary>
    Number,
    /// <summary>A character constant (<c>'f'</c>).</summary>
    Character,
    /// <summary>A string literal.</summary>
    String,
    /// <summary>An operator or punctuator.</summary>
    Punctuator,
    /// <summary>A character that forms no valid token (kept so errors can point at it).</summary>
    Other,
}
