using Nsfs.Headers.Lexing;

namespace Nsfs.Headers.Preprocessing;

/// <summary>
/// Expands macros in a token list the way C11 6.10.3 describes (Prosser's hide-set algorithm):
/// arguments are fully expanded unless next to <c>#</c> or <c>##</c>, results are rescanned, and a
/// macro never expands inside its own expansion, so self-referential macros terminate. Work is
/// bounded; a blow-up is a located <see cref="DiagnosticIds.LimitExceeded"/> error.
/// </summary>
public sealed class MacroExpander
{
    private readonly IReadOnlyDictionary<string, Macro> _macros;
    private readonly Action<MacroInvocation>? _onInvocation;
    private readonly WorkBudget _work;
    private int _steps;
    private int _depth;

    /// <summary>Creates an expander over the current macro table.</summary>
    /// <param name="macros">The macros in force.</param>
    /// <param name="onInvocation">Called for every function-like macro call, outermost first.</param>
    /// <param name="work">The header's work budget; a budget of its own when <see langword="null"/>.</param>
    public MacroExpander(IReadOnlyDictionary<string, Macro> macros, Action<MacroInvocation>? onInvocation = null, WorkBudget? work = null)
    {
        _macros = macros;
        _onInvocation = onInvocation;
        _work = work ?? new WorkBudget();
    }

    /// <summary>Fully expands <paramref name="input"/>.</summary>
    /// <exception cref="HeaderException">An invocation is unterminated, has the wrong argument count, or a limit was hit.</exception>
    public List<Token> Expand(IReadOnlyList<Token> input)
    {
        if (++_depth > HeaderLimits.MaxMacroArgumentDepth)
        {
            _depth--;
            throw new HeaderException(DiagnosticIds.LimitExceeded, "Macro arguments are nested too deeply", input.Count > 0 ? input[0].Location : SourceLocation.None);
        }

        try
        {
            if (_depth > 1)
            {
                // Pre-expanding an argument rereads it at every level of nesting.
                _work.Spend(input.Count, input.Count > 0 ? input[0].Location : SourceLocation.None);
            }

            return ExpandCore(input);
        }
        finally
        {
            _depth--;
        }
    }

    private List<Token> ExpandCore(IReadOnlyList<Token> input)
    {
        var output = new List<Token>();

        // Pending input, reversed: the next token is at the end, so pushing an expansion in front is cheap.
        var pending = new List<Token>(input.Reverse());
        while (pending.Count > 0)
        {
            var token = Pop(pending);
            if (token.Kind != TokenKind.Identifier || token.HideSet.Contains(token.Text) || !_macros.TryGetValue(token.Text, out var macro))
            {
                output.Add(token);
                continue;
            }

            if (!macro.IsFunctionLike)
            {
                var hideSet = token.HideSet.Add(macro.Name);
                var replacement = macro.HasPaste ? Substitute(macro, Array.Empty<IReadOnlyList<Token>>(), token) : macro.Body;
                Charge(replacement.Count + 1, token);
                PushFront(pending, Rehide(macro, replacement, hideSet, token));
                continue;
            }

            if (pending.Count == 0 || !pending[pending.Count - 1].Is("("))
            {
                // A function-like macro name without arguments is an ordinary identifier.
                output.Add(token);
                continue;
            }

            var (arguments, closing) = ReadArguments(pending, token, macro);
            _onInvocation?.Invoke(new MacroInvocation(macro, arguments));
            var invocationHideSet = token.HideSet.Intersect(closing.HideSet).Add(macro.Name);
            var body = Substitute(macro, arguments, token);
            Charge(body.Count + 1, token);
            PushFront(pending, Rehide(macro, body, invocationHideSet, token));
        }

        return output;
    }

    // The replacement tokens with the invocation's hide set added. A union costs the sizes of both
    // sets, which a long chain of macros makes large: that work is charged, so a chain of thousands
    // of macros is stopped by the budget instead of taking cubic time. A predefined macro's tokens
    // come from no file, so they stand where the macro is used: a diagnostic about them is located there.
    private List<Token> Rehide(Macro macro, IReadOnlyList<Token> replacement, HideSet hideSet, Token invocation)
    {
        var result = new List<Token>(replacement.Count);
        var cost = hideSet.Count;
        for (var i = 0; i < replacement.Count; i++)
        {
            var t = replacement[i];
            if (t.HideSet.Count > 0)
            {
                cost += t.HideSet.Count + hideSet.Count;
            }

            var union = t.HideSet.Union(hideSet);
            var leadingSpace = i == 0 ? invocation.LeadingSpace : t.LeadingSpace;
            result.Add(macro.IsPredefined ? t.At(invocation, union, leadingSpace) : t.With(union, leadingSpace));
        }

        _work.Spend(cost, invocation.Location);
        return result;
    }

    private static Token Pop(List<Token> pending)
    {
        var token = pending[pending.Count - 1];
        pending.RemoveAt(pending.Count - 1);
        return token;
    }

    private static void PushFront(List<Token> pending, List<Token> tokens)
    {
        for (var i = tokens.Count - 1; i >= 0; i--)
        {
            pending.Add(tokens[i]);
        }
    }

    // Only what expansions produce counts against the per-use limit (plus one per expansion, so empty
    // macros count too), charged before it is built: a long header of plain text never hits it, a
    // macro blow-up always does, before it allocates. The header's budget is charged the same.
    private void Charge(int tokens, Token invocation)
    {
        _steps += tokens;
        if (_steps > HeaderLimits.MaxExpansionTokens)
        {
            throw new HeaderException(DiagnosticIds.LimitExceeded, $"Macro expansion exceeds {HeaderLimits.MaxExpansionTokens} tokens (recursive or exponential macros?)", invocation.Location);
        }

        _work.Spend(tokens, invocation.Location);
    }

    private (List<IReadOnlyList<Token>> Arguments, Token Closing) ReadArguments(List<Token> pending, Token name, Macro macro)
    {
        Pop(pending); // "("
        var arguments = new List<IReadOnlyList<Token>>();
        var current = new List<Token>();
        var depth = 0;
        var read = 0;
        var parameterCount = macro.Parameters!.Count;
        while (true)
        {
            if (pending.Count == 0)
            {
                throw new HeaderException(DiagnosticIds.SyntaxError, $"Unterminated call of macro '{macro.Name}'", name.Location);
            }

            var token = Pop(pending);
            read++;
            if (token.Is("("))
            {
                depth++;
            }
            else if (token.Is(")"))
            {
                if (depth == 0)
                {
                    arguments.Add(current);
                    if (parameterCount == 0 && arguments.Count == 1 && arguments[0].Count == 0)
                    {
                        arguments.Clear();
                    }

                    _work.Spend(read, name.Location);
                    if (macro.IsVariadic ? arguments.Count < parameterCount - 1 : arguments.Count != parameterCount)
                    {
                        throw new HeaderException(DiagnosticIds.SyntaxError,
                            $"Macro '{macro.Name}' takes {parameterCount} argument(s) but {arguments.Count} were given", name.Location);
                    }

                    return (arguments, token);
                }

                depth--;
            }
            else if (token.Is(",") && depth == 0 && !(macro.IsVariadic && arguments.Count == parameterCount - 1))
            {
                arguments.Add(current);
                current = new List<Token>();
                continue;
            }

            current.Add(token);
        }
    }

    private List<Token> Substitute(Macro macro, IReadOnlyList<IReadOnlyList<Token>> arguments, Token invocation)
    {
        var parameters = macro.Parameters ?? (IReadOnlyList<string>)Array.Empty<string>();
        var body = macro.Body;
        var result = new List<Token>();
        var pasteNext = false;

        // Each argument is fully expanded once however often its parameter is used (C11 6.10.3.1).
        var expandedArguments = new List<Token>?[parameters.Count];
        for (var i = 0; i < body.Count; i++)
        {
            var token = body[i];
            var parameter = ParameterIndex(parameters, token);
            if (token.Is("#") && i + 1 < body.Count && ParameterIndex(parameters, body[i + 1]) is { } stringified)
            {
                Charge(Argument(arguments, stringified).Count, invocation);
                var text = "\"" + Stringify(Argument(arguments, stringified)) + "\"";
                Append(result, new[] { new Token(TokenKind.String, text, token.Path, token.Line, token.Column, false, token.LeadingSpace) }, ref pasteNext, invocation);
                i++;
                continue;
            }

            if (token.Is("##") && i > 0 && i + 1 < body.Count)
            {
                pasteNext = true;
                continue;
            }

            if (parameter is { } index)
            {
                var nextIsPaste = i + 1 < body.Count && body[i + 1].Is("##");
                SubstituteArgument(macro, index, Argument(arguments, index), token, nextIsPaste, expandedArguments, result, ref pasteNext, invocation);
                continue;
            }

            Append(result, new[] { token }, ref pasteNext, invocation);
        }

        return result;
    }

    // A parameter in the body: its argument as written next to "##", else fully expanded.
    private void SubstituteArgument(Macro macro, int index, IReadOnlyList<Token> raw, Token parameter, bool nextIsPaste,
        List<Token>?[] expandedArguments, List<Token> result, ref bool pasteNext, Token invocation)
    {
        // Copies of arguments are charged as they are made: a parameter used a thousand times
        // with a long argument would otherwise build the whole blow-up before the budget saw it.
        Charge(raw.Count, invocation);
        if (!pasteNext && !nextIsPaste)
        {
            var expanded = expandedArguments[index] ??= Expand(raw);
            Charge(expanded.Count, invocation);
            Append(result, InPlaceOf(parameter, expanded), ref pasteNext, invocation);
            return;
        }

        if (pasteNext && result.Count > 0 && result[result.Count - 1].Is(",") && macro.IsVariadic && index == expandedArguments.Length - 1)
        {
            // GNU ", ## __VA_ARGS__": the comma disappears with an empty variadic argument
            // and stays, unpasted, before a non-empty one.
            pasteNext = false;
            if (raw.Count == 0)
            {
                result.RemoveAt(result.Count - 1);
            }
            else
            {
                result.AddRange(InPlaceOf(parameter, raw));
            }

            return;
        }

        Append(result, InPlaceOf(parameter, raw), ref pasteNext, invocation);
    }

    // An argument's tokens where its parameter stood: the first takes the parameter's spacing.
    private static List<Token> InPlaceOf(Token parameter, IReadOnlyList<Token> tokens) =>
        tokens.Select((t, k) => k == 0 ? t.With(t.HideSet, parameter.LeadingSpace) : t).ToList();

    // C11 6.10.3.2p2: only inside string literals and character constants are '"' and '\\' escaped.
    private static string Stringify(IReadOnlyList<Token> tokens) =>
        string.Concat(tokens.Select((t, i) => (i > 0 && t.LeadingSpace ? " " : string.Empty)
            + (t.Kind is TokenKind.String or TokenKind.Character ? t.Text.Replace("\\", "\\\\").Replace("\"", "\\\"") : t.Text)));

    private static IReadOnlyList<Token> Argument(IReadOnlyList<IReadOnlyList<Token>> arguments, int index) =>
        index < arguments.Count ? arguments[index] : Array.Empty<Token>();

    private static void Append(List<Token> result, IReadOnlyList<Token> tokens, ref bool pasteNext, Token invocation)
    {
        if (pasteNext && tokens.Count > 0 && result.Count > 0)
        {
            var left = result[result.Count - 1];
            var right = tokens[0];
            var pasted = Lexer.Lex(left.Path, left.Text + right.Text).Tokens;
            if (pasted.Count != 1)
            {
                throw new HeaderException(DiagnosticIds.SyntaxError, $"Pasting '{left.Text}' and '{right.Text}' does not give a valid token", invocation.Location);
            }

            result[result.Count - 1] = new Token(pasted[0].Kind, pasted[0].Text, left.Path, left.Line, left.Column, false, left.LeadingSpace, left.HideSet);
            result.AddRange(tokens.Skip(1));
        }
        else
        {
            result.AddRange(tokens);
        }

        pasteNext = false;
    }

    private static int? ParameterIndex(IReadOnlyList<string> parameters, Token token)
    {
        if (token.Kind != TokenKind.Identifier)
        {
            return null;
        }

        for (var i = 0; i < parameters.Count; i++)
        {
            if (parameters[i] == token.Text)
            {
                return i;
            }
        }

        return null;
    }
}
