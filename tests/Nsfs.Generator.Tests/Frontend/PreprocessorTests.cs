using Nsfs.Headers.Lexing;
using Nsfs.Headers.Preprocessing;

namespace Nsfs.Generator.Tests.Frontend;

/// <summary>
/// Macro expansion and conditionals, mostly with the examples of C11 6.10.3.5 whose expected
/// output the standard itself gives. Results are compared token by token (white space aside).
/// </summary>
public sealed class PreprocessorTests
{
    [Theory]
    // C11 6.10.3.4p4 (the f(2)(9) example): a function-like macro expanding to another takes the
    // following arguments, and the rescan of "2*9*g" leaves g unexpanded.
    [InlineData("#define f(a) a*g\n#define g(a) f(a)\nf(2)(9);\n", "2*9*g;")]
    // C11 6.10.3.5 EXAMPLE 4's last line: stringizing escapes only inside literals; a backslash
    // outside one is kept as is.
    [InlineData("#define str(s) # s\nstr(: @\\n);\n", "\": @\\n\";")]
    // The GNU comma paste drops the comma before empty variadic arguments.
    [InlineData("#define F(a, ...) f(a, ## __VA_ARGS__)\nF(1); F(1, 2, 3);\n", "f(1); f(1, 2, 3);")]
    // #undef removes a macro.
    [InlineData("#define X 1\nX\n#undef X\nX\n", "1 X")]
    public void One_line_examples_expand_as_C_says(string source, string expected)
    {
        Assert.Equal(Tokens(expected), Preprocess(source));
    }

    [Fact]
    public void The_standards_nested_expansion_example_gives_its_published_result()
    {
        // C11 6.10.3.5 EXAMPLE 3.
        const string source = """
            #define x 3
            #define f(a) f(x * (a))
            #undef x
            #define x 2
            #define g f
            #define z z[0]
            #define h g(~
            #define m(a) a(w)
            #define w 0,1
            #define t(a) a
            #define p() int
            #define q(x) x
            #define r(x,y) x ## y
            #define str(x) # x
            f(y+1) + f(f(z)) % t(t(g)(0) + t)(1);
            g(x+(3,4)-w) | h 5) & m
            (f)^m(m);
            p() i[q()] = { q(1), r(2,3), r(4,), r(,5), r(,) };
            char c[2][6] = { str(hello), str() };

            """;
        const string expected = """
            f(2 * (y+1)) + f(2 * (f(2 * (z[0])))) % f(2 * (0)) + t(1);
            f(2 * (2+(3,4)-0,1)) | f(2 * (~ 5)) & f(2 * (0,1))^m(0,1);
            int i[] = { 1, 23, 4, 5, };
            char c[2][6] = { "hello", "" };
            """;

        Assert.Equal(Tokens(expected), Preprocess(source));
    }

    [Fact]
    public void Stringizing_and_pasting_follow_the_standards_example()
    {
        // C11 6.10.3.5 EXAMPLE 4, less the line that stringizes a stray backslash.
        const string source = """
            #define str(s) # s
            #define xstr(s) str(s)
            #define debug(s, t) printf("x" # s "= %d, x" # t "= %s", \
             x ## s, x ## t)
            #define INCFILE(n) vers ## n
            #define glue(a, b) a ## b
            #define xglue(a, b) glue(a, b)
            #define HIGHLOW "hello"
            #define LOW LOW ", world"
            debug(1, 2);
            fputs(str(strncmp("abc\0d", "abc", '\4') // this goes away
             == 0), s);
            xstr(INCFILE(2).h)
            glue(HIGH, LOW);
            xglue(HIGH, LOW)

            """;
        const string expected = """
            printf("x" "1" "= %d, x" "2" "= %s", x1, x2);
            fputs("strncmp(\"abc\\0d\", \"abc\", '\\4') == 0", s);
            "vers2.h"
            "hello";
            "hello" ", world"
            """;

        Assert.Equal(Tokens(expected), Preprocess(source));
    }

    [Fact]
    public void Pasting_works_in_object_like_macros()
    {
        // C11 6.10.3.5 EXAMPLE 5: '# ## #' makes a '##' token that is not an operator afterwards.
        const string source = """
            #define hash_hash # ## #
            #define mkstr(a) # a
            #define in_between(a) mkstr(a)
            #define join(c, d) in_between(c hash_hash d)
            char p[] = join(x, y);

            """;

        Assert.Equal(Tokens("char p[] = \"x ## y\";"), Preprocess(source));
    }

    [Fact]
    public void Long_plain_text_does_not_count_against_the_expansion_budget()
    {
        // 140 000 declarations are 420 000 tokens, twice the expansion budget, in under a MiB of text.
        var text = string.Concat(Enumerable.Repeat("int a; ", 140_000));
        Assert.True(140_000 * 3 > 2 * Nsfs.Headers.HeaderLimits.MaxExpansionTokens && text.Length < Nsfs.Headers.HeaderLimits.MaxHeaderChars);
        Assert.Equal(140_000 * 3, Preprocess("#define UNUSED 1\n" + text + "\n").Length);
    }

    [Fact]
    public void Variadic_macros_follow_the_standards_example()
    {
        // C11 6.10.3.5 EXAMPLE 7.
        const string source = """
            #define debug(...) fprintf(stderr, __VA_ARGS__)
            #define showlist(...) puts(#__VA_ARGS__)
            #define report(test, ...) ((test)?puts(#test): printf(__VA_ARGS__))
            debug("Flag");
            debug("X = %d\n", x);
            showlist(The first, second, and third items.);
            report(x>y, "x is %d but y is %d", x, y);

            """;
        const string expected = """
            fprintf(stderr, "Flag");
            fprintf(stderr, "X = %d\n", x);
            puts("The first, second, and third items.");
            ((x>y)?puts("x>y"): printf("x is %d but y is %d", x, y));
            """;

        Assert.Equal(Tokens(expected), Preprocess(source));
    }

    [Fact]
    public void Defined_is_answered_before_expansion_in_both_spellings()
    {
        const string source = """
            #define A
            #define B A
            #if defined(A) && defined B && !defined(C) && !defined C
            yes
            #else
            no
            #endif
            #if defined A + defined(B) == 2
            two
            #endif

            """;

        Assert.Equal(Tokens("yes two"), Preprocess(source));
    }

    [Fact]
    public void Elif_and_else_take_only_the_first_true_group_and_kernel_blocks_are_skipped()
    {
        const string source = """
            #if 0
            a
            #elif 1
            b
            #elif 1
            c
            #else
            d
            #endif
            #ifdef __KERNEL__
            kernel
            #endif
            #ifndef __KERNEL__
            user
            #endif

            """;

        Assert.Equal(Tokens("b user"), Preprocess(source));
    }

    [Theory]
    [InlineData("x64", "lp64")]
    [InlineData("arm64", "lp64")]
    [InlineData("x86", "ilp32")]
    [InlineData("m68k", "ilp32")]
    public void Built_in_macros_describe_the_data_model(string arch, string expected)
    {
        const string source = "#if __BITS_PER_LONG == 64 && defined(__LP64__) && __SIZEOF_POINTER__ == 8\nlp64\n#elif __BITS_PER_LONG == 32 && defined __ILP32__\nilp32\n#endif\n";

        Assert.Equal(Tokens(expected), Preprocess(source, arch));
    }

    private static string[] Preprocess(string text, string arch = "x64")
    {
        var result = new Preprocessor(VendoredHeaders.Provider, TestHeaders.Model(arch)).Run(TestHeaders.Header("test/pp.h", text));
        Assert.Empty(result.Diagnostics);
        return result.DeclarationTokens.Select(t => t.Text).ToArray();
    }

    private static string[] Tokens(string text) => Lexer.Lex("expected", text).Tokens.Select(t => t.Text).ToArray();
}
