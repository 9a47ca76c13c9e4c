using System.Text;

namespace Nsfs.Headers.Lexing;

/// <summary>
/// Splits C source into preprocessing tokens: removes backslash-newline continuations and comments
/// (keeping the comments aside for documentation), and marks the first token of each logical line.
/// Never throws: a character that cannot start a token becomes a <see cref="TokenKind.Other"/> token
/// and an unterminated comment or literal is a located diagnostic.
/// </summary>
public static class Lexer
{
    private static readonly string[] Punctuators =
    {
        "%:%:", "...", "<<=", ">>=", "->", "++", "--", "<<", ">>", "<=", ">=", "==", "!=", "&&", "||", "*=", "/=",
        "%=", "+=", "-=", "&=", "^=", "|=", "##", "<:", ":>", "<%", "%>", "%:",
        "[", "]", "(", ")", "{", "}", ".", "&", "*", "+", "-", "~", "!", "/", "%", "<", ">", "^", "|", "?", ":", ";",
        "=", ",", "#",
    };

    /// <summary>Tokenizes <paramref name="text"/>, naming positions after <paramref name="path"/>.</summary>
    public static LexResult Lex(string path, string text) => new Scan(path, text).Run();

    private static string Canonical(string punctuator) => punctuator switch
    {
        "<:" => "[",
        ":>" => "]",
        "<%" => "{",
        "%>" => "}",
        "%:" => "#",
        "%:%:" => "##",
        _ => punctuator,
    };

    private static string? MatchPunctuator(SourceReader reader)
    {
        foreach (var candidate in Punctuators)
        {
            var match = true;
            for (var i = 0; i < candidate.Length && match; i++)
            {
                match = reader.Peek(i) == candidate[i];
            }

            if (match)
            {
                return candidate;
            }
        }

        return null;
    }

    private static string ReadWhile(SourceReader reader, System.Func<char, bool> predicate)
    {
        var text = new StringBuilder();
        while (!reader.AtEnd && predicate(reader.Peek()))
        {
            text.Append(reader.Next());
        }

        return text.ToString();
    }

    // A pp-number: digits, letters, underscores, dots and exponent signs (C11 6.4.8).
    private static string ReadNumber(SourceReader reader)
    {
        var text = new StringBuilder();
        while (!reader.AtEnd)
        {
            var c = reader.Peek();
            // As in C, "0xe+1" is one pp-number: a sign after e/E/p/P belongs to the number.
            if ((c == '+' || c == '-') && text.Length > 0 && "eEpP".IndexOf(text[text.Length - 1]) >= 0)
            {
                text.Append(reader.Next());
            }
            else if (IsIdentifierPart(c) || c == '.')
            {
                text.Append(reader.Next());
            }
            else
            {
                break;
            }
        }

        return text.ToString();
    }

    private static string ReadQuoted(SourceReader reader, char quote, out bool terminated)
    {
        var text = new StringBuilder();
        text.Append(reader.Next());
        while (!reader.AtEnd && reader.Peek() != '\n')
        {
            var c = reader.Next();
            text.Append(c);
            if (c == '\\' && !reader.AtEnd && reader.Peek() != '\n')
            {
                text.Append(reader.Next());
            }
            else if (c == quote)
            {
                terminated = true;
                return text.ToString();
            }
        }

        terminated = false;
        return text.ToString();
    }

    private static bool IsIdentifierStart(char c) => c == '_' || c == '$' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    private static bool IsIdentifierPart(char c) => IsIdentifierStart(c) || IsDigit(c);

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private static bool IsBlank(char c) => c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';

    /// <summary>One pass over one text: the reader, what it has produced so far and the line state.</summary>
    private sealed class Scan
    {
        private readonly string _path;
        private readonly SourceReader _reader;
        private readonly List<Token> _tokens = new();
        private readonly List<Comment> _comments = new();
        private readonly List<HeaderDiagnostic> _diagnostics = new();
        private bool _startsLine = true;
        private bool _leadingSpace;

        public Scan(string path, string text)
        {
            _path = path;
            _reader = new SourceReader(text);
        }

        public LexResult Run()
        {
            while (!_reader.AtEnd)
            {
                var c = _reader.Peek();
                if (c == '\n')
                {
                    _reader.Next();
                    _startsLine = true;
                    _leadingSpace = false;
                }
                else if (IsBlank(c))
                {
                    _reader.Next();
                    _leadingSpace = true;
                }
                else if (c == '/' && _reader.Peek(1) == '*')
                {
                    BlockComment();
                }
                else if (c == '/' && _reader.Peek(1) == '/')
                {
                    LineComment();
                }
                else
                {
                    _tokens.Add(NextToken(c));
                    _startsLine = false;
                    _leadingSpace = false;
                }
            }

            return new LexResult(_tokens, _comments, _diagnostics);
        }

        private void BlockComment()
        {
            var line = _reader.Line;
            var column = _reader.Column;
            _reader.Next();
            _reader.Next();
            var body = new StringBuilder();
            var closed = false;
            while (!_reader.AtEnd)
            {
                if (_reader.Peek() == '*' && _reader.Peek(1) == '/')
                {
                    _reader.Next();
                    _reader.Next();
                    closed = true;
                    break;
                }

                body.Append(_reader.Next());
            }

            if (!closed)
            {
                _diagnostics.Add(HeaderDiagnostic.Create(DiagnosticIds.SyntaxError, new SourceLocation(_path, line, column, 2), "Unterminated comment"));
            }

            _comments.Add(new Comment(body.ToString(), line, _reader.Line, column));
            _leadingSpace = true;
        }

        private void LineComment()
        {
            var line = _reader.Line;
            var column = _reader.Column;
            _reader.Next();
            _reader.Next();
            var body = ReadWhile(_reader, c => c != '\n');
            _comments.Add(new Comment(body, line, line, column));
            _leadingSpace = true;
        }

        private Token NextToken(char c)
        {
            var line = _reader.Line;
            var column = _reader.Column;
            if (IsIdentifierStart(c))
            {
                return Make(TokenKind.Identifier, ReadWhile(_reader, IsIdentifierPart), line, column);
            }

            if (IsDigit(c) || (c == '.' && IsDigit(_reader.Peek(1))))
            {
                return Make(TokenKind.Number, ReadNumber(_reader), line, column);
            }

            if (c == '\'' || c == '"')
            {
                return Quoted(c, line, column);
            }

            if (MatchPunctuator(_reader) is { } punctuator)
            {
                for (var i = 0; i < punctuator.Length; i++)
                {
                    _reader.Next();
                }

                return Make(TokenKind.Punctuator, Canonical(punctuator), line, column);
            }

            return Make(TokenKind.Other, _reader.Next().ToString(), line, column);
        }

        private Token Quoted(char quote, int line, int column)
        {
            var literal = ReadQuoted(_reader, quote, out var terminated);
            if (!terminated)
            {
                _diagnostics.Add(HeaderDiagnostic.Create(DiagnosticIds.SyntaxError, new SourceLocation(_path, line, column, literal.Length),
                    quote == '\'' ? "Unterminated character constant" : "Unterminated string literal"));
            }

            return Make(quote == '\'' ? TokenKind.Character : TokenKind.String, literal, line, column);
        }

        private Token Make(TokenKind kind, string spelling, int line, int column) =>
            new(kind, spelling, _path, line, column, _startsLine, _leadingSpace);
    }
}
