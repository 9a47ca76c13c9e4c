using Nsfs.Headers.Lexing;
using Nsfs.Headers.Types;

namespace Nsfs.Headers.Parsing;

// This part of the parser reads declaration specifiers: the words before a declarator that make its base type.
public sealed partial class DeclarationParser
{
    private sealed record Specified(CType Type, bool IsTypedef, int? Alignment);

    private Specified Specifiers(TokenCursor cursor, bool allowBodies)
    {
        var words = new SpecifierList(new List<Token>());
        var start = cursor.Location;
        while (cursor.Peek() is { Kind: TokenKind.Identifier } token)
        {
            if (!Specifier(cursor, token, allowBodies, ref words))
            {
                break;
            }
        }

        return new Specified(BaseType(words, cursor, start), words.IsTypedef, words.Alignment);
    }

    // Takes one specifier at the cursor into the list; false when the word is no specifier.
    private bool Specifier(TokenCursor cursor, Token token, bool allowBodies, ref SpecifierList words)
    {
        if (token.Text == "typedef")
        {
            words.IsTypedef = true;
            cursor.Next();
        }
        else if (SpecifierWords.IsQualifier(token.Text))
        {
            cursor.Next();
        }
        else if (SpecifierWords.IsAttribute(token.Text))
        {
            words.Alignment = _attributes.Read(cursor).Alignment ?? words.Alignment;
        }
        else if (SpecifierWords.IsIntegerWord(token.Text))
        {
            words.IntegerWords.Add(cursor.Next());
        }
        else if (token.Text is "float" or "double")
        {
            words.Floating = words.Floating is null ? cursor.Next()
                : throw new HeaderException(DiagnosticIds.SyntaxError, $"Invalid type specifiers with '{token.Text}'", token.Location);
        }
        else
        {
            return TypeSpecifier(cursor, token, allowBodies, ref words);
        }

        return true;
    }

    // The specifiers that name a type by themselves: struct, union, enum, void, a typedef name.
    private bool TypeSpecifier(TokenCursor cursor, Token token, bool allowBodies, ref SpecifierList words)
    {
        if (token.Text is "struct" or "union")
        {
            words.Type = Record(cursor, allowBodies);
        }
        else if (token.Text == "enum")
        {
            words.Type = _enums.Read(cursor);
        }
        else if (token.Text == "void")
        {
            cursor.Next();
            words.Type = VoidType.Instance;
        }
        else if (token.Text is "__int128_t" or "__uint128_t" && words.Type is null && words.IntegerWords.Count == 0)
        {
            // Built-in typedef names of the compilers that have __int128.
            cursor.Next();
            words.Type = token.Text == "__int128_t" ? Int128Type.Signed : Int128Type.Unsigned;
        }
        else if (words.Type is null && words.IntegerWords.Count == 0 && _types.TryGetTypedef(token.Text, out var typedef))
        {
            cursor.Next();
            words.Type = typedef;
        }
        else
        {
            return false;
        }

        return true;
    }

    private static CType BaseType(SpecifierList words, TokenCursor cursor, SourceLocation start)
    {
        var type = words.Type;
        if (words.Floating is not null)
        {
            type = SpecifierWords.FloatingTypeOf(words.Floating, words.IntegerWords, type);
        }
        else if (words.IntegerWords.Count > 0)
        {
            if (type is not null)
            {
                throw new HeaderException(DiagnosticIds.SyntaxError, "Two types in one declaration", words.IntegerWords[0].Location);
            }

            type = SpecifierWords.IntegerTypeOf(words.IntegerWords);
        }

        if (type is null)
        {
            var at = cursor.Peek();
            throw at is { Kind: TokenKind.Identifier }
                ? new HeaderException(DiagnosticIds.UnknownType, $"Unknown type '{at.Text}'", at.Location)
                : new HeaderException(DiagnosticIds.SyntaxError, "Expected a type", start);
        }

        return type;
    }

    // What the specifiers read so far say; a struct on the stack, passed by reference.
    private struct SpecifierList
    {
        public SpecifierList(List<Token> integerWords)
        {
            IntegerWords = integerWords;
            Floating = null;
            Type = null;
            IsTypedef = false;
            Alignment = null;
        }

        public List<Token> IntegerWords { get; }

        public Token? Floating { get; set; }

        public CType? Type { get; set; }

        public bool IsTypedef { get; set; }

        public int? Alignment { get; set; }
    }
}
