using System.Text;

namespace Nsfs.Headers.Lexing;

/// <summary>Helpers over token lists.</summary>
public static class Tokens
{
    /// <summary>
    /// The text of the token the preprocessor puts in the declaration stream where a <c>#pragma</c> the
    /// parser acts on (<c>pack</c>) stood; the pragma's own tokens follow it.
    /// </summary>
    public const string PragmaMarker = "#pragma";

    /// <summary>Spells tokens back to text, one space where the source had white space.</summary>
    public static string Spell(IEnumerable<Token> tokens)
    {
        var text = new StringBuilder();
        foreach (var token in tokens)
        {
            if (text.Length > 0 && token.LeadingSpace)
            {
                text.Append(' ');
            }

            text.Append(token.Text);
        }

        return text.ToString();
    }
}
