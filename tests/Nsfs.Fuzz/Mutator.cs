using System.Globalization;
using System.Text;

namespace Nsfs.Fuzz;

/// <summary>
/// Deterministic mutations of header text: input <c>i</c> of a campaign with seed <c>s</c> is the same
/// text on every machine. Each input applies one to four mutations to one seed: structural damage
/// (deleted, duplicated or spliced lines and characters, truncation, odd bytes, huge numbers) and, in
/// three inputs of ten, one of the hostile shapes that broke front ends before (deep nesting,
/// self-reference, blow-ups, long comments, self-inclusion, huge types).
/// </summary>
internal sealed class Mutator
{
    /// <summary>Inputs stay at or under this size (the bound the front end is held to is "up to 1 MB").</summary>
    public const int MaxInputChars = 1_000_000;

    private static readonly string[] HugeNumbers =
    [
        "0xFFFFFFFFFFFFFFFF", "0x100000000", "0x80000000", "0x7FFFFFFFFFFFFFFF", "18446744073709551616",
        "99999999999999999999999999", "-9223372036854775808", "0x1p99999", "1e308", "0b1", "0777777777777777777777777",
        "4294967295U", "0xFFFFFFFFFFFFFFFFULL", "(-1)", "((unsigned long)-1)", "1LLL", "0x", "08",
    ];

    private static readonly string[] OddTexts =
    [
        "\0", "\u007f", "\u00ff", "\u2028", "\ufeff", "\\\n", "\\", "\"", "'", "/*", "*/", "//", "#", "##", "\r", "\t", "\v\f",
        "??/", "<:", "%:%:", "@", "`", "\u00e9", "\u4e2d", "\\\r\n", "(", ")", "{", "}", "[", "]", ",", ";", "...",
    ];

    private readonly IReadOnlyList<Seed> _seeds;

    public Mutator(IReadOnlyList<Seed> seeds) => _seeds = seeds;

    /// <summary>Input <paramref name="index"/> of the campaign with <paramref name="seed"/>: which seed it mutates, and the text.</summary>
    public (int Seed, string Text, string Mutations) Create(int seed, long index)
    {
        var random = new Random(unchecked((int)((seed * 1_000_003L) ^ (index * 0x5DEECE66DL) ^ (index >> 31))));
        var seedIndex = random.Next(_seeds.Count);
        var text = _seeds[seedIndex].Header.Text;
        var count = 1 + random.Next(4);
        var hostileAt = random.Next(10) < 3 ? random.Next(count) : -1;
        var names = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var (name, mutated) = Mutate(random, text, _seeds[seedIndex].Header.IncludeName, i == hostileAt);
            names.Add(name);
            text = mutated.Length > MaxInputChars ? mutated[..MaxInputChars] : mutated;
        }

        return (seedIndex, text, string.Join('+', names));
    }

    // Damage (kinds 0-9) is cheap and reaches the front end's error paths; a hostile shape (10-19)
    // usually costs far more, so an input gets at most one, and only three inputs in ten do.
    private (string Name, string Text) Mutate(Random random, string text, string includeName, bool hostile)
    {
        switch (hostile ? 10 + random.Next(10) : random.Next(10))
        {
            case 0: return ("delete-lines", EditLines(random, text, (lines, at, n) => lines.RemoveRange(at, n)));
            case 1: return ("duplicate-lines", EditLines(random, text, (lines, at, n) => lines.InsertRange(at, Enumerable.Repeat(lines.GetRange(at, n), 1 + random.Next(8)).SelectMany(l => l).ToList())));
            case 2: return ("delete-chars", Splice(text, random.Next(text.Length + 1), random.Next(1, 40), string.Empty));
            case 3:
                var from = random.Next(text.Length + 1);
                var chunk = text.Substring(from, Math.Min(text.Length - from, random.Next(1, 200)));
                return ("duplicate-chars", Splice(text, from, 0, string.Concat(Enumerable.Repeat(chunk, 1 + random.Next(16)))));
            case 4:
                var other = _seeds[random.Next(_seeds.Count)].Header.Text;
                var start = random.Next(other.Length + 1);
                return ("splice", Splice(text, random.Next(text.Length + 1), random.Next(0, 100), other.Substring(start, Math.Min(other.Length - start, random.Next(1, 4000)))));
            case 5: return ("truncate", text[..random.Next(text.Length + 1)]);
            case 6: return ("delete-token", ReplaceToken(random, text, _ => string.Empty));
            case 7: return ("swap-token", ReplaceToken(random, text, _ => Token(random, text)));
            case 8: return ("huge-number", ReplaceToken(random, text, t => char.IsAsciiDigit(t[0]) || random.Next(4) == 0 ? HugeNumbers[random.Next(HugeNumbers.Length)] : t));
            case 9: return ("odd-bytes", InsertAnywhere(random, text, string.Concat(Enumerable.Range(0, 1 + random.Next(6)).Select(_ => OddTexts[random.Next(OddTexts.Length)]))));
            case 10: return ("nested-parentheses", InsertLine(random, text, Nested(random, "(", "1", ")")));
            case 11: return ("nested-arguments", InsertLine(random, text, NestedArguments(random)));
            case 12: return ("nested-if", InsertLine(random, text, NestedIf(random)));
            case 13: return ("self-macro", InsertLine(random, text, SelfMacro(random)));
            case 14: return ("self-struct", InsertLine(random, text, SelfStruct(random)));
            case 15: return ("include-self", InsertLine(random, text, IncludeSelf(random, includeName)));
            case 16: return ("long-comment", InsertLine(random, text, "/*" + new string("*\n "[random.Next(3)], random.Next(1, 200_000)) + "*/"));
            case 17: return ("macro-chain", InsertLine(random, text, MacroChain(random)));
            case 18: return ("deep-type", InsertLine(random, text, DeepType(random)));
            default: return ("big-struct", InsertLine(random, text, BigStruct(random)));
        }
    }

    private static string Splice(string text, int at, int remove, string insert) =>
        string.Concat(text.AsSpan(0, at), insert, text.AsSpan(Math.Min(text.Length, at + remove)));

    private static string EditLines(Random random, string text, Action<List<string>, int, int> edit)
    {
        var lines = text.Split('\n').ToList();
        var at = random.Next(lines.Count);
        var n = Math.Min(lines.Count - at, 1 + random.Next(random.Next(2) == 0 ? 3 : 50));
        edit(lines, at, n);
        return string.Join('\n', lines);
    }

    private static string InsertAnywhere(Random random, string text, string insert) => Splice(text, random.Next(text.Length + 1), 0, insert);

    // At the start of a line, so a directive stays a directive.
    private static string InsertLine(Random random, string text, string insert)
    {
        var lines = text.Split('\n').ToList();
        lines.Insert(random.Next(lines.Count + 1), insert);
        return string.Join('\n', lines);
    }

    private static string ReplaceToken(Random random, string text, Func<string, string> replace)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var (start, length) = TokenAt(text, random.Next(text.Length));
        return Splice(text, start, length, replace(text.Substring(start, length)));
    }

    private static string Token(Random random, string text)
    {
        if (text.Length == 0)
        {
            return "x";
        }

        var (start, length) = TokenAt(text, random.Next(text.Length));
        return text.Substring(start, length);
    }

    private static (int Start, int Length) TokenAt(string text, int at)
    {
        static bool Word(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';
        if (!Word(text[at]))
        {
            return (at, 1);
        }

        var start = at;
        while (start > 0 && Word(text[start - 1]))
        {
            start--;
        }

        var end = at;
        while (end < text.Length && Word(text[end]))
        {
            end++;
        }

        return (start, end - start);
    }

    // Mostly shallow, sometimes deep, rarely huge: huge inputs each cost up to the header's whole
    // work budget, and a campaign should spend most of its time on inputs that reach further in.
    private static int Depth(Random random) => random.Next(100) switch
    {
        < 50 => 1 + random.Next(70),
        < 85 => 100 + random.Next(200),
        < 98 => 1000 + random.Next(4000),
        _ => 50_000 + random.Next(100_000),
    };

    private static string Nested(Random random, string open, string inner, string close)
    {
        var depth = Depth(random);
        var body = string.Concat(Enumerable.Repeat(open, depth)) + inner + string.Concat(Enumerable.Repeat(close, depth));
        return random.Next(3) switch
        {
            0 => "#define FZ_NEST " + body,
            1 => "#if " + body + "\n#endif",
            _ => "struct fz_nest { char a[" + body + "]; };",
        };
    }

    private static string NestedArguments(Random random)
    {
        var depth = Depth(random);
        var uses = 1 + random.Next(6);
        var body = string.Join(' ', Enumerable.Repeat("x", uses));
        return $"#define FZ_F(x) {body}\n#define FZ_ARGS " + string.Concat(Enumerable.Repeat("FZ_F(", depth)) + "1" + new string(')', depth);
    }

    private static string NestedIf(Random random)
    {
        var depth = Depth(random);
        var kind = random.Next(3) switch { 0 => "#if 1", 1 => "#ifdef __linux__", _ => "#ifndef FZ_NOPE" };
        return string.Concat(Enumerable.Repeat(kind + "\n", depth)) + "#define FZ_DEEP 1\n" + string.Concat(Enumerable.Repeat("#endif\n", random.Next(2) == 0 ? depth : random.Next(depth)));
    }

    private static string SelfMacro(Random random) => random.Next(6) switch
    {
        0 => "#define FZ_SELF FZ_SELF + 1\n#define FZ_USE FZ_SELF",
        1 => "#define FZ_A FZ_B\n#define FZ_B FZ_A\n#define FZ_USE (FZ_A + FZ_B)",
        2 => "#define FZ_f(x) FZ_f(FZ_f(x)) x\n#define FZ_USE FZ_f(FZ_f(1))",
        3 => "#define FZ_g(x, y) FZ_g(y, x) FZ_g(x, x)\n#define FZ_USE FZ_g(FZ_g(1, 2), FZ_g(3, 4))",
        4 => "#define _IOC(a, b, c, d) _IOC(a, b, c, d)\n#define FZ_REQ _IOC(1, 2, 3, 4)",
        _ => "#define FZ_CAT(a, b) a ## b\n#define FZ_USE FZ_CAT(FZ_, USE)",
    };

    private static string SelfStruct(Random random)
    {
        var request = "\n#include <linux/ioctl.h>\n#define FZ_REQ _IOR(1, 2, struct fz)";
        return random.Next(7) switch
        {
            0 => "struct fz { struct fz a; };" + request,
            1 => "struct fz { int x; struct fz a[2]; };" + request,
            2 => "typedef struct fz fz_t;\nstruct fz { fz_t a; };" + request,
            3 => "struct fz { struct { struct fz b; }; };" + request,
            4 => "struct fz_b;\nstruct fz { struct fz_b b; };\nstruct fz_b { struct fz a; };" + request,
            5 => "union fz { union fz u; int i; };\n#include <linux/ioctl.h>\n#define FZ_REQ _IOR(1, 2, union fz)",
            _ => "struct fz { struct fz *next; };" + request,
        };
    }

    private static string IncludeSelf(Random random, string includeName)
    {
        var file = includeName[(includeName.LastIndexOf('/') + 1)..];
        var times = 2 + random.Next(3);
        return string.Concat(Enumerable.Repeat($"#include \"{file}\"\n", times));
    }

    private static string MacroChain(Random random)
    {
        var length = Depth(random);
        var text = new StringBuilder("#define FZ_M0 1\n");
        for (var i = 1; i < length && text.Length < MaxInputChars / 2; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"#define FZ_M{i} FZ_M{i - 1}{(random.Next(8) == 0 ? $" + FZ_M{i - 1}" : string.Empty)}\n");
        }

        return text.ToString();
    }

    private static string DeepType(Random random)
    {
        var depth = Depth(random);
        return random.Next(4) switch
        {
            0 => "struct fz { char " + new string('*', depth) + "p; };",
            1 => "struct fz { char a" + string.Concat(Enumerable.Repeat("[1]", Math.Min(depth, 100_000))) + "; };",
            2 => "typedef char fz_t0;\n" + string.Concat(Enumerable.Range(1, Math.Min(depth, 20_000)).Select(i => $"typedef fz_t{i - 1} fz_t{i}[2];\n"))
                + $"#define FZ_SIZE sizeof(fz_t{Math.Min(depth, 20_000)})",
            _ => "struct fz0 { int a; };\n" + string.Concat(Enumerable.Range(1, Math.Min(depth, 20_000)).Select(i => $"struct fz{i} {{ struct fz{i - 1} a, b; }};\n"))
                + $"#include <linux/ioctl.h>\n#define FZ_REQ _IOR(1, 2, struct fz{Math.Min(depth, 20_000)})",
        };
    }

    private static string BigStruct(Random random)
    {
        var length = HugeNumbers[random.Next(HugeNumbers.Length)];
        var request = "\n#include <linux/ioctl.h>\n#define FZ_REQ _IOR(1, 2, struct fz)\n#define FZ_SIZE sizeof(struct fz)";
        return random.Next(4) switch
        {
            0 => $"struct fz {{ char a[{length}]; }};" + request,
            1 => $"struct fz {{ long a[{length}]; char b[{length}]; }};" + request,
            2 => $"struct fz {{ char a[0x10000]; }};" + request,
            _ => $"struct fz {{ char a[{length}][{length}]; }} __attribute__((aligned({length})));" + request,
        };
    }
}
