using System.Globalization;
using System.Runtime.CompilerServices;
using Nsfs.Headers.Evaluation;
using Nsfs.Headers.Lexing;
using Nsfs.Headers.Sources;
using Nsfs.Headers.Types;

namespace Nsfs.Headers.Preprocessing;

/// <summary>
/// The preprocessor subset real uapi headers need: object- and function-like macros, includes
/// resolved per architecture, conditionals with full constant expressions, <c>#undef</c>,
/// <c>#error</c>/<c>#warning</c>, <c>#pragma once</c>. <c>__KERNEL__</c> is undefined and
/// <c>__EXPORTED_HEADERS__</c> defined, exactly as <c>make headers_install</c> sees raw headers.
/// Never throws: every problem becomes a located diagnostic and processing goes on.
/// </summary>
public sealed class Preprocessor
{
    private static readonly ConditionalWeakTable<DataModel, IReadOnlyList<Macro>> PredefinedMacros = new();

    private readonly IncludeResolver _resolver;
    private readonly IReadOnlyList<string> _preludes;
    private readonly DataModel _model;
    private readonly Func<HeaderText, LexResult> _lex;
    private PreprocessResult _result = new();
    private readonly HashSet<string> _onceHeaders = new(StringComparer.Ordinal);
    private readonly WorkBudget _work;
    private readonly ExpressionEvaluator _conditionEvaluator;
    private string _primary = string.Empty;
    private int _includes;

    /// <summary>Creates a preprocessor for one architecture.</summary>
    /// <param name="headers">
    /// The include roots; a <see cref="HeaderSet"/> also brings its preludes and the roots of this
    /// architecture alone.
    /// </param>
    /// <param name="model">The architecture's data model.</param>
    /// <param name="lex">Tokenizes a header; callers pass a cache so each file is lexed once for all architectures.</param>
    /// <param name="work">The header's work budget; a budget of its own when <see langword="null"/>.</param>
    public Preprocessor(IHeaderProvider headers, DataModel model, Func<HeaderText, LexResult>? lex = null, WorkBudget? work = null)
    {
        var set = headers as HeaderSet;
        _resolver = new IncludeResolver(headers, model, set?.ArchitectureRoots(model));
        _preludes = set?.Preludes ?? Array.Empty<string>();
        _model = model;
        _lex = lex ?? (h => Lexer.Lex(h.DisplayPath, h.Text));
        _work = work ?? new WorkBudget();
        _conditionEvaluator = new ExpressionEvaluator(new TypeTable(model), null, preprocessor: true);
    }

    /// <summary>Preprocesses <paramref name="primary"/> and everything it includes.</summary>
    public PreprocessResult Run(HeaderText primary)
    {
        _primary = primary.DisplayPath;
        Start();

        // Like a C compiler's -include: each prelude is read as if the header began with #include <prelude>.
        var start = new SourceLocation(primary.DisplayPath, 1, 1, 0);
        foreach (var prelude in _preludes)
        {
            IncludeFile(prelude, quoted: false, includer: string.Empty, start, depth: 0, "prelude");
        }

        // The header asked for is itself a prelude or read by one (linux/ioctl.h, asm-generic/ioctl.h):
        // its include guard would hide its own definitions, so it is read alone.
        if (_result.IncludedHeaders.Contains(primary.IncludeName))
        {
            Start();
        }

        ProcessFile(primary, 0);
        return _result;
    }

    private void Start()
    {
        _result = new PreprocessResult();
        _onceHeaders.Clear();
        foreach (var predefined in Predefined())
        {
            _result.Macros[predefined.Name] = predefined;
        }
    }

    // The target compiler's predefined macros and the kernel build's, both from the data model; lexed
    // once per data model (macros and tokens are immutable), not once per header and architecture.
    private IReadOnlyList<Macro> Predefined() => PredefinedMacros.GetValue(_model, CreatePredefined);

    private static IReadOnlyList<Macro> CreatePredefined(DataModel model) =>
        model.PredefinedMacros.Concat(model.KernelBuildMacros)
            .Select(line => Lexer.Lex("<built-in>", line).Tokens)
            .Select(tokens => new Macro(tokens[0].Text, null, false, tokens.Skip(1).ToList(), new SourceLocation("<built-in>", 1, 1, 0), null, isPredefined: true))
            .ToList();

    private void ProcessFile(HeaderText header, int depth)
    {
        if (_onceHeaders.Contains(header.IncludeName) || _work.IsExhausted || RefuseIfTooLong(header))
        {
            return;
        }

        _result.IncludedHeaders.Add(header.IncludeName);
        var lexed = _lex(header);
        _result.Diagnostics.AddRange(lexed.Diagnostics);
        _result.Comments[header.DisplayPath] = lexed.Comments;
        var conditionals = new Stack<Conditional>();
        ProcessLines(header, lexed, conditionals, depth);
        if (!_work.IsExhausted && conditionals.Count > 0)
        {
            ReportUnterminated(conditionals);
        }
    }

    // True, and reported, when the header is longer than a header may be: it is not read at all.
    private bool RefuseIfTooLong(HeaderText header)
    {
        if (header.Text.Length <= HeaderLimits.MaxHeaderChars)
        {
            return false;
        }

        _result.Diagnostics.Add(HeaderDiagnostic.Create(DiagnosticIds.LimitExceeded, new SourceLocation(header.DisplayPath, 1, 1, 0),
            string.Format(CultureInfo.InvariantCulture, "{0} is {1:N0} characters long, more than the {2:N0} a header may have; it is not read",
                header.IncludeName, header.Text.Length, HeaderLimits.MaxHeaderChars)));
        return true;
    }

    // Text lines of active groups are gathered and expanded together; each directive line is run on its own.
    private void ProcessLines(HeaderText header, LexResult lexed, Stack<Conditional> conditionals, int depth)
    {
        var tokens = lexed.Tokens;
        var text = new List<Token>();
        var index = 0;
        while (index < tokens.Count && !_work.IsExhausted)
        {
            var token = tokens[index];
            if (!(token.StartsLine && token.Is("#")))
            {
                if (IsActive(conditionals))
                {
                    text.Add(token);
                }

                index++;
                continue;
            }

            FlushText(text);
            var end = index + 1;
            while (end < tokens.Count && !tokens[end].StartsLine)
            {
                end++;
            }

            // Reading costs a unit per token, skipped groups included; expansion is charged by the expander.
            if (!Spend(end - index + HeaderLimits.WorkUnitsPerDirective, token.Location))
            {
                break;
            }

            var directive = tokens.Skip(index + 1).Take(end - index - 1).ToList();
            try
            {
                Directive(header, token, directive, conditionals, depth, lexed.Comments);
            }
            catch (HeaderException error)
            {
                Report(error);
            }

            index = end;
        }

        FlushText(text);
    }

    // Once, at the outermost: each of 100 000 open groups would be its own diagnostic otherwise.
    private void ReportUnterminated(Stack<Conditional> conditionals)
    {
        var outermost = conditionals.Last();
        _result.Diagnostics.Add(HeaderDiagnostic.Create(DiagnosticIds.SyntaxError, outermost.Location, conditionals.Count == 1
            ? "Unterminated conditional directive: #endif is missing"
            : string.Format(CultureInfo.InvariantCulture, "Unterminated conditional directive: #endif is missing here and for the {0} conditionals nested inside", conditionals.Count - 1)));
    }

    private bool Spend(int units, SourceLocation where)
    {
        if (_work.TrySpend(units, where))
        {
            return true;
        }

        _result.Diagnostics.Add(_work.Exhausted!.ToDiagnostic());
        return false;
    }

    // A problem is reported and charged: a header of nothing but errors is bounded like any other.
    private void Report(HeaderException error)
    {
        _result.Diagnostics.Add(error.ToDiagnostic());
        if (!_work.ChargeError(error.Location) && !ReferenceEquals(error, _work.Exhausted))
        {
            _result.Diagnostics.Add(_work.Exhausted!.ToDiagnostic());
        }
    }

    private void FlushText(List<Token> text)
    {
        if (text.Count == 0 || !Spend(text.Count, text[0].Location))
        {
            text.Clear();
            return;
        }

        try
        {
            _result.DeclarationTokens.AddRange(new MacroExpander(_result.Macros, work: _work).Expand(text));
        }
        catch (HeaderException error)
        {
            Report(error);
        }

        text.Clear();
    }

    private static bool IsActive(Stack<Conditional> conditionals) => conditionals.Count == 0 || conditionals.Peek().Active;

    private void Directive(HeaderText header, Token hash, List<Token> tokens, Stack<Conditional> conditionals, int depth, IReadOnlyList<Comment> comments)
    {
        if (tokens.Count == 0)
        {
            return; // the null directive
        }

        var name = tokens[0];
        var rest = tokens.Skip(1).ToList();
        switch (name.Text)
        {
            case "if":
            case "ifdef":
            case "ifndef":
                OpenConditional(hash, name, rest, conditionals);
                return;
            case "elif":
            case "elifdef":
            case "elifndef":
            case "else":
                NextBranch(name, rest, conditionals);
                return;
            case "endif":
                CloseConditional(name, conditionals);
                return;
        }

        if (IsActive(conditionals))
        {
            ActiveDirective(header, hash, name, rest, depth, comments);
        }
    }

    // The directives that only count inside a group being read.
    private void ActiveDirective(HeaderText header, Token hash, Token name, List<Token> rest, int depth, IReadOnlyList<Comment> comments)
    {
        switch (name.Text)
        {
            case "define":
                Define(header, rest, name, comments);
                break;
            case "undef":
                Undef(name, rest);
                break;
            case "include":
            case "include_next":
                Include(header, name, rest, depth);
                break;
            case "error":
                throw new HeaderException(DiagnosticIds.SyntaxError, "#error " + Tokens.Spell(rest), name.Location);
            case "warning":
                _result.Diagnostics.Add(HeaderDiagnostic.Create(DiagnosticIds.WarningDirective, name.Location, "#warning " + Tokens.Spell(rest)));
                break;
            case "pragma":
                Pragma(header, hash, rest);
                break;
            case "line":
            case "ident":
            case "sccs":
                break;
            default:
                throw new HeaderException(DiagnosticIds.SyntaxError, $"Unknown directive '#{name.Text}'", name.Location);
        }
    }

    private void OpenConditional(Token hash, Token name, List<Token> rest, Stack<Conditional> conditionals)
    {
        if (conditionals.Count >= HeaderLimits.MaxConditionalDepth)
        {
            // The group is skipped but kept on the stack, so its #else and #endif lines still
            // match; reported once, at the first #if past the limit, not at every #endif after it.
            if (conditionals.Count == HeaderLimits.MaxConditionalDepth)
            {
                _result.Diagnostics.Add(HeaderDiagnostic.Create(DiagnosticIds.LimitExceeded, name.Location,
                    $"Conditionals nested deeper than {HeaderLimits.MaxConditionalDepth}; the group is skipped"));
            }

            conditionals.Push(new Conditional(hash.Location, parentActive: false, active: false));
            return;
        }

        var active = IsActive(conditionals);
        conditionals.Push(new Conditional(hash.Location, active, active && Condition(name, rest)));
    }

    // #elif, #elifdef, #elifndef and #else: the group is taken when no earlier branch was.
    private void NextBranch(Token name, List<Token> rest, Stack<Conditional> conditionals)
    {
        if (conditionals.Count == 0)
        {
            throw new HeaderException(DiagnosticIds.SyntaxError, $"#{name.Text} without #if", name.Location);
        }

        var current = conditionals.Pop();
        if (current.SeenElse)
        {
            conditionals.Push(current);
            throw new HeaderException(DiagnosticIds.SyntaxError, $"#{name.Text} after #else", name.Location);
        }

        var isElse = name.Text == "else";
        var take = current.ParentActive && !current.Taken && (isElse || Condition(name, rest));
        conditionals.Push(current.Next(take, isElse));
    }

    private static void CloseConditional(Token name, Stack<Conditional> conditionals)
    {
        if (conditionals.Count == 0)
        {
            throw new HeaderException(DiagnosticIds.SyntaxError, "#endif without #if", name.Location);
        }

        conditionals.Pop();
    }

    private void Undef(Token name, List<Token> rest)
    {
        if (rest.Count == 0 || rest[0].Kind != TokenKind.Identifier)
        {
            throw new HeaderException(DiagnosticIds.SyntaxError, "#undef needs a macro name", name.Location);
        }

        _result.Macros.Remove(rest[0].Text);
    }

    private void Pragma(HeaderText header, Token hash, List<Token> rest)
    {
        if (rest.Count > 0 && rest[0].Text == "once")
        {
            _onceHeaders.Add(header.IncludeName);
        }
        else if (rest.Count > 0 && rest[0].Text == "pack")
        {
            // #pragma pack applies to the struct definitions after it, so it goes on to the
            // declaration parser in place, led by a token no header text can produce.
            _result.DeclarationTokens.Add(new Token(TokenKind.Other, Tokens.PragmaMarker, hash.Path, hash.Line, hash.Column, true, false));
            _result.DeclarationTokens.AddRange(rest);
        }
    }

    private bool Condition(Token directive, List<Token> tokens)
    {
        try
        {
            switch (directive.Text)
            {
                case "ifdef":
                case "elifdef":
                case "ifndef":
                case "elifndef":
                    if (tokens.Count == 0 || tokens[0].Kind != TokenKind.Identifier)
                    {
                        throw new HeaderException(DiagnosticIds.SyntaxError, $"#{directive.Text} needs a macro name", directive.Location);
                    }

                    var defined = _result.Macros.ContainsKey(tokens[0].Text);
                    return directive.Text.EndsWith("ndef", StringComparison.Ordinal) ? !defined : defined;
                default:
                    if (tokens.Count == 0)
                    {
                        throw new HeaderException(DiagnosticIds.SyntaxError, $"#{directive.Text} with no expression", directive.Location);
                    }

                    var expanded = new MacroExpander(_result.Macros, work: _work).Expand(ReplaceDefined(tokens));
                    return _conditionEvaluator.EvaluateAll(new TokenCursor(expanded, directive.Location)).IsTrue;
            }
        }
        catch (HeaderException error)
        {
            Report(error);
            return false;
        }
    }

    // "defined X" and "defined(X)" are answered before macro expansion (C11 6.10.1p4).
    private List<Token> ReplaceDefined(List<Token> tokens)
    {
        var result = new List<Token>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!token.Is("defined"))
            {
                result.Add(token);
                continue;
            }

            var parenthesized = i + 1 < tokens.Count && tokens[i + 1].Is("(");
            var nameIndex = parenthesized ? i + 2 : i + 1;
            if (nameIndex >= tokens.Count || tokens[nameIndex].Kind != TokenKind.Identifier
                || (parenthesized && (nameIndex + 1 >= tokens.Count || !tokens[nameIndex + 1].Is(")"))))
            {
                throw new HeaderException(DiagnosticIds.SyntaxError, "'defined' needs a macro name", token.Location);
            }

            var value = _result.Macros.ContainsKey(tokens[nameIndex].Text) ? "1" : "0";
            result.Add(new Token(TokenKind.Number, value, token.Path, token.Line, token.Column, false, token.LeadingSpace));
            i = parenthesized ? nameIndex + 1 : nameIndex;
        }

        return result;
    }

    private void Define(HeaderText header, List<Token> tokens, Token directive, IReadOnlyList<Comment> comments)
    {
        var macro = MacroDefinition.Parse(tokens, directive, comments);
        _result.Macros[macro.Name] = macro;
        if (header.DisplayPath == _primary)
        {
            _result.PrimaryDefinitions.Add(macro);
        }
    }

    private void Include(HeaderText header, Token directive, List<Token> tokens, int depth)
    {
        if (tokens.Count > 0 && tokens[0].Kind == TokenKind.Identifier)
        {
            tokens = new MacroExpander(_result.Macros, work: _work).Expand(tokens);
        }

        string name;
        bool quoted;
        if (tokens.Count == 1 && tokens[0].Kind == TokenKind.String)
        {
            name = tokens[0].Text.Substring(1, tokens[0].Text.Length - 2);
            quoted = true;
        }
        else if (tokens.Count >= 3 && tokens[0].Is("<") && tokens[tokens.Count - 1].Is(">"))
        {
            name = string.Concat(tokens.Skip(1).Take(tokens.Count - 2).Select(t => t.Text));
            quoted = false;
        }
        else
        {
            throw new HeaderException(DiagnosticIds.SyntaxError, "#include expects \"FILE\" or <FILE>", directive.Location);
        }

        if (depth + 1 > HeaderLimits.MaxIncludeDepth)
        {
            throw new HeaderException(DiagnosticIds.LimitExceeded, $"#include nested deeper than {HeaderLimits.MaxIncludeDepth} (recursive include?)", directive.Location);
        }

        var location = new SourceLocation(directive.Path, directive.Line, directive.Column, directive.Text.Length);
        IncludeFile(name, quoted, header.IncludeName, location, depth + 1, "include");
    }

    private void IncludeFile(string name, bool quoted, string includer, SourceLocation location, int depth, string what)
    {
        switch (_resolver.Resolve(name, quoted, includer, out var included))
        {
            case IncludeResolver.Outcome.Found:
                if (++_includes > HeaderLimits.MaxIncludes)
                {
                    // A file included twice without a guard doubles at every level: the depth limit
                    // alone would still allow 2^64 inclusions.
                    throw new HeaderException(DiagnosticIds.LimitExceeded, string.Format(CultureInfo.InvariantCulture,
                        "More than {0} #includes opened a file while reading {1} (a header without an include guard included repeatedly?)", HeaderLimits.MaxIncludes, _primary), location);
                }

                if (Spend(HeaderLimits.WorkUnitsPerInclude, location))
                {
                    ProcessFile(included!, depth);
                }

                break;
            case IncludeResolver.Outcome.DataModel:
                break;
            default:
                _result.MissingIncludes.Add(name);
                // Only asm/ differs by architecture; any other name is missing on all of them, said once.
                var target = name.StartsWith("asm/", StringComparison.Ordinal) ? " for " + _model.Name : string.Empty;
                _result.Diagnostics.Add(HeaderDiagnostic.Create(DiagnosticIds.IncludeNotFound, location,
                    string.Format(CultureInfo.InvariantCulture, "Cannot find {0} <{1}>{2} in the include roots; requests that need it are not generated", what, name, target)));
                break;
        }
    }
}
