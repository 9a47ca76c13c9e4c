using System.Collections.Generic;
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
    public static LexResult Lex(string path, string text)
    {
        var reader = new Reader(text);
        var tokens = new List<Token>();
        var comments = new List<Comment>();
        var diagnostics = new List<HeaderDiagnostic>();
        var startsLine = true;
        var leadingSpace = false;

        while (!reader.AtEnd)
        {
            var c = reader.Peek();
            if (c == '\n')
            {
                reader.Next();
                startsLine = true;
                leadingSpace = false;
                continue;
            }

            if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v')
            {
                reader.Next();
                leadingSpace = true;
                continue;
            }

            var line = reader.Line;
            var column = reader.Column;

            if (c == '/' && reader.Peek(1) == '*')
            {
                reader.Next();
                reader.Next();
                var body = new StringBuilder();
                var closed = false;
                while (!reader.AtEnd)
                {
                    if (reader.Peek() == '*' && reader.Peek(1) == '/')
                    {
                        reader.Next();
                        reader.Next();
                        closed = true;
                        break;
                    }

                    body.Append(reader.Next());
                }

                if (!closed)
                {
                    diagnostics.Add(HeaderDiagnostic.Create(DiagnosticIds.SyntaxError, new SourceLocation(path, line, column, 2), "Unterminated comment"));
                }

                comments.Add(new Comment(body.ToString(), line, reader.Line, column));
                leadingSpace = true;
                continue;
            }

            if (c == '/' && reader.Peek(1) == '/')
            {
                var body = new StringBuilder();
                reader.Next();
                reader.Next();
                while (!reader.AtEnd && reader.Peek() != '\n')
                {
                    body.Append(reader.Next());
                }

                comments.Add(new Comment(body.ToString(), line, line, column));
                leadingSpace = true;
                continue;
            }

            Token token;
            if (IsIdentifierStart(c))
            {
                token = Make(TokenKind.Identifier, ReadWhile(reader, IsIdentifierPart));
            }
            else if (IsDigit(c) || (c == '.' && IsDigit(reader.Peek(1))))
            {
                token = Make(TokenKind.Number, ReadNumber(reader));
            }
            else if (c == '\'' || c == '"')
            {
                var literal = ReadQuoted(reader, c, out var terminated);
                if (!terminated)
                {
                    diagnostics.Add(HeaderDiagnostic.Create(DiagnosticIds.SyntaxError, new SourceLocation(path, line, column, literal.Length),
                        c == '\'' ? "Unterminated character constant" : "Unterminated string literal"));
                }

                token = Make(c == '\'' ? TokenKind.Character : TokenKind.String, literal);
            }
            else if (MatchPunctuator(reader) is { } punctuator)
            {
                for (var i = 0; i < punctuator.Length; i++)
                {
                    reader.Next();
                }

                token = Make(TokenKind.Punctuator, Canonical(punctuator));
            }
            else
            {
                token = Make(TokenKind.Other, reader.Next().ToString());
            }

            tokens.Add(token);
            startsLine = false;
            leadingSpace = false;

            Token Make(TokenKind kind, string spelling) => new(kind, spelling, path, line, column, startsLine, leadingSpace);
        }

        return new LexResult(tokens, comments, diagnostics);
    }

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

    private static string? MatchPunctuator(Reader reader)
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

    private static string ReadWhile(Reader reader, System.Func<char, bool> predicate)
    {
        var text = new StringBuilder();
        while (!reader.AtEnd && predicate(reader.Peek()))
        {
            text.Append(reader.Next());
        }

        return text.ToString();
    }

    // A pp-number: digits, letters, underscores, dots and exponent signs (C11 6.4.8).
    private static string ReadNumber(Reader reader)
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

    private static string ReadQuoted(Reader reader, char quote, out bool terminated)
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

    /// <summary>Reads characters with line splicing (backslash-newline vanishes) and position tracking.</summary>
    private sealed class Reader
    {
        private readonly string _text;
        private int _index;

        public Reader(string text)
        {
            _text = text;
            Line = 1;
            Column = 1;
            SkipSplices();
        }

        public int Line { get; private set; }

        public int Column { get; private set; }

        public bool AtEnd => _index >= _text.Length;

        public char Peek(int ahead = 0)
        {
            var index = _index;
            for (var i = 0; ; i++)
            {
                index = SkipSplicesFrom(index);
                if (index >= _text.Length)
                {
                    return '\0';
                }

                if (i == ahead)
                {
                    return _text[index];
                }

                index++;
            }
        }

        public char Next()
        {
            var c = _text[_index++];
            if (c == '\n')
            {
                Line++;
                Column = 1;
            }
            else
            {
                Column++;
            }

            SkipSplices();
            return c;
        }

        private void SkipSplices()
        {
            while (_index < _text.Length && _text[_index] == '\\')
            {
                var next = SkipSplicesFrom(_index);
                if (next == _index)
                {
                    return;
                }

                // Each splice removes exactly one newline.
                _index = _text[_index + 1] == '\r' ? _index + 3 : _index + 2;
                Line++;
                Column = 1;
            }
        }

        // Skips one backslash-newline (optionally backslash-CR-LF) at index, repeatedly.
        private int SkipSplicesFrom(int index)
        {
            while (index < _text.Length && _text[index] == '\\')
            {
                if (index + 1 < _text.Length && _text[index + 1] == '\n')
                {
                    index += 2;
                }
                else if (index + 2 < _text.Length && _text[index + 1] == '\r' && _text[index + 2] == '\n')
                {
                    index += 3;
                }
                else
                {
                    break;
                }
            }

            return index;
        }
    }
}
