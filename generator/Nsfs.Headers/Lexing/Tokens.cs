using System.Collections.Generic;
using System.Text;

namespace Nsfs.Headers.Lexing;

/// <summary>Helpers over token lists.</summary>
public static class Tokens
{
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
