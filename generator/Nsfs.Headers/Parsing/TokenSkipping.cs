using Nsfs.Headers.Lexing;

namespace Nsfs.Headers.Parsing;

/// <summary>Passes over what layout does not need: bracketed groups, initializers, whole declarations.</summary>
internal static class TokenSkipping
{
    /// <summary>Skips from an <paramref name="open"/> token to just after its matching <paramref name="close"/>.</summary>
    public static void SkipBalanced(TokenCursor cursor, string open, string close)
    {
        var depth = 0;
        do
        {
            var token = cursor.Next();
            if (token.Is(open))
            {
                depth++;
            }
            else if (token.Is(close))
            {
                depth--;
            }
        }
        while (depth > 0 && !cursor.AtEnd);
    }

    /// <summary>Skips an initializer up to the ',' or ';' that ends it.</summary>
    public static void SkipInitializer(TokenCursor cursor)
    {
        var depth = 0;
        while (!cursor.AtEnd)
        {
            var token = cursor.Peek()!;
            if (depth == 0 && (token.Is(",") || token.Is(";")))
            {
                return;
            }

            depth += token.Is("{") || token.Is("(") || token.Is("[") ? 1 : token.Is("}") || token.Is(")") || token.Is("]") ? -1 : 0;
            cursor.Next();
        }
    }

    /// <summary>Skips to just after the next ';' at brace depth 0, or after a top-level '}' that ends a body.</summary>
    public static void SkipDeclaration(TokenCursor cursor)
    {
        var depth = 0;
        while (!cursor.AtEnd)
        {
            var token = cursor.Next();
            if (token.Is("{") || token.Is("("))
            {
                depth++;
            }
            else if (token.Is("}") || token.Is(")"))
            {
                depth = Math.Max(0, depth - 1);
                if (depth == 0 && token.Is("}") && !cursor.At(";") && !(cursor.Peek() is { Kind: TokenKind.Identifier }))
                {
                    return;
                }
            }
            else if (token.Is(";") && depth == 0)
            {
                return;
            }
        }
    }
}
