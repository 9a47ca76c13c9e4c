using Nsfs.Headers.Lexing;

namespace Nsfs.Headers.Preprocessing;

/// <summary>Reads the tokens after <c>#define</c> into a <see cref="Macro"/>.</summary>
internal static class MacroDefinition
{
    /// <summary>The macro <paramref name="tokens"/> define, documented by the comment beside it.</summary>
    /// <exception cref="HeaderException">The name or the parameter list is malformed.</exception>
    public static Macro Parse(List<Token> tokens, Token directive, IReadOnlyList<Comment> comments)
    {
        if (tokens.Count == 0 || tokens[0].Kind != TokenKind.Identifier)
        {
            throw new HeaderException(DiagnosticIds.SyntaxError, "#define needs a macro name", directive.Location);
        }

        var name = tokens[0];
        if (name.Text == "defined")
        {
            throw new HeaderException(DiagnosticIds.SyntaxError, "'defined' cannot be a macro name", name.Location);
        }

        List<string>? parameters = null;
        var variadic = false;
        var bodyStart = 1;
        // A function-like macro's '(' touches its name; "#define X (1)" is an object-like macro.
        if (tokens.Count > 1 && tokens[1].Is("(") && !tokens[1].LeadingSpace)
        {
            parameters = new List<string>();
            bodyStart = ReadParameters(tokens, name, parameters, out variadic);
        }

        var body = tokens.Skip(bodyStart).Select((t, k) => k == 0 ? t.With(t.HideSet, false) : t).ToList();
        var lastLine = tokens[tokens.Count - 1].Line;
        var documentation = DocComments.Find(comments, directive.Line, lastLine, 1);
        return new Macro(name.Text, parameters, variadic, body, name.Location, documentation);
    }

    // Reads "(a, b, ...)" from tokens[1] into parameters; returns the index of the body's first token.
    private static int ReadParameters(List<Token> tokens, Token name, List<string> parameters, out bool variadic)
    {
        variadic = false;
        var i = 2;
        while (true)
        {
            if (i >= tokens.Count)
            {
                throw new HeaderException(DiagnosticIds.SyntaxError, $"Unterminated parameter list of macro '{name.Text}'", name.Location);
            }

            var token = tokens[i++];
            if (token.Is(")") && parameters.Count == 0)
            {
                return i;
            }

            if (token.Is("..."))
            {
                parameters.Add("__VA_ARGS__");
                variadic = true;
            }
            else if (token.Kind == TokenKind.Identifier)
            {
                parameters.Add(token.Text);
                if (i < tokens.Count && tokens[i].Is("..."))
                {
                    variadic = true;
                    i++;
                }
            }
            else
            {
                throw new HeaderException(DiagnosticIds.SyntaxError, $"Invalid parameter '{token.Text}' in macro '{name.Text}'", token.Location);
            }

            if (i < tokens.Count && tokens[i].Is(")"))
            {
                return i + 1;
            }

            if (variadic || i >= tokens.Count || !tokens[i].Is(","))
            {
                throw new HeaderException(DiagnosticIds.SyntaxError, $"Expected ',' or ')' in parameter list of macro '{name.Text}'", (i < tokens.Count ? tokens[i] : token).Location);
            }

            i++;
        }
    }
}
