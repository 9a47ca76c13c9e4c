using Nsfs.Headers.Lexing;
using Nsfs.Headers.Types;

namespace Nsfs.Headers.Parsing;

/// <summary>
/// The words of C declaration specifiers that name no type of their own (qualifiers, storage classes,
/// the kernel's sparse annotations) and the arithmetic words, with the types their combinations make.
/// </summary>
internal static class SpecifierWords
{
    private static readonly HashSet<string> Qualifiers = new(StringComparer.Ordinal)
    {
        "const", "volatile", "restrict", "__restrict", "__restrict__", "__const", "__volatile__", "static", "extern",
        "inline", "__inline", "__inline__", "register", "auto", "__extension__", "_Noreturn", "__user", "__force",
        "__iomem", "__bitwise", "__bitwise__", "__rcu", "__kernel", "__nocast", "__safe",
    };

    private static readonly HashSet<string> IntegerWords = new(StringComparer.Ordinal)
    {
        "signed", "__signed__", "__signed", "unsigned", "char", "short", "int", "long", "_Bool", "__int128",
    };

    /// <summary>Whether <paramref name="word"/> qualifies a type without naming one.</summary>
    public static bool IsQualifier(string word) => Qualifiers.Contains(word);

    /// <summary>Whether <paramref name="word"/> is one of the words an integer type is spelled with.</summary>
    public static bool IsIntegerWord(string word) => IntegerWords.Contains(word);

    /// <summary>Whether <paramref name="word"/> opens a GNU attribute list.</summary>
    public static bool IsAttribute(string word) => word is "__attribute__" or "__attribute";

    /// <summary>float, double and long double; "long" is the only other word that may go with one.</summary>
    public static FloatingType FloatingTypeOf(Token word, List<Token> integerWords, CType? other)
    {
        if (other is not null || integerWords.Count > 1 || (integerWords.Count == 1 && !(integerWords[0].Text == "long" && word.Text == "double")))
        {
            throw new HeaderException(DiagnosticIds.SyntaxError, $"Invalid type specifiers with '{word.Text}'", word.Location);
        }

        return word.Text == "float" ? FloatingType.Float : integerWords.Count == 1 ? FloatingType.LongDouble : FloatingType.Double;
    }

    /// <summary>The integer type <paramref name="words"/> spell.</summary>
    public static CType IntegerTypeOf(List<Token> words) =>
        words.Exists(w => w.Text == "__int128") ? Int128TypeOf(words) : new IntegerType(IntegerKindOf(words));

    private static Int128Type Int128TypeOf(List<Token> words)
    {
        var isUnsigned = words.Exists(w => w.Text == "unsigned");
        if (words.Exists(w => w.Text is not ("__int128" or "signed" or "__signed__" or "__signed" or "unsigned")) || words.FindAll(w => w.Text == "__int128").Count > 1)
        {
            throw new HeaderException(DiagnosticIds.SyntaxError, "Invalid type specifiers with '__int128'", words[0].Location);
        }

        return isUnsigned ? Int128Type.Unsigned : Int128Type.Signed;
    }

    private static IntegerKind IntegerKindOf(List<Token> words)
    {
        int Count(string text) => words.FindAll(w => w.Text == text).Count;
        var isUnsigned = Count("unsigned") > 0;
        var isSigned = Count("signed") + Count("__signed__") + Count("__signed") > 0;
        var longs = Count("long");
        if (isUnsigned && isSigned)
        {
            throw new HeaderException(DiagnosticIds.SyntaxError, "Both 'signed' and 'unsigned'", words[0].Location);
        }

        if (Count("_Bool") > 0)
        {
            return IntegerKind.Bool;
        }

        if (Count("char") > 0)
        {
            return isUnsigned ? IntegerKind.UnsignedChar : isSigned ? IntegerKind.SignedChar : IntegerKind.Char;
        }

        if (Count("short") > 0)
        {
            return isUnsigned ? IntegerKind.UnsignedShort : IntegerKind.Short;
        }

        return longs switch
        {
            0 => isUnsigned ? IntegerKind.UnsignedInt : IntegerKind.Int,
            1 => isUnsigned ? IntegerKind.UnsignedLong : IntegerKind.Long,
            2 => isUnsigned ? IntegerKind.UnsignedLongLong : IntegerKind.LongLong,
            _ => throw new HeaderException(DiagnosticIds.SyntaxError, "'long long long' is too long", words[0].Location),
        };
    }
}
