using System.Text;
using Nsfs.Headers.Preprocessing;

namespace Nsfs.Generator.Tests.Frontend;

/// <summary>
/// Malformed and hostile headers: each gives a located diagnostic with the right id, never an
/// exception (the builder would report one as NSFS1999), never a stack overflow on a 1 MB stack,
/// and finishes (see <see cref="Bounded"/>).
/// </summary>
public sealed class BadInputTests
{
    private const string Path = TestHeaders.PrimaryPath;

    [Fact]
    public void Nsfs_h_truncated_at_every_50th_byte_gives_only_diagnostics_inside_the_file()
    {
        var full = FixtureVersion.Get("releases/latest").Header("linux/nsfs.h").Text;
        // Line 2 opens the include guard; once it is complete, cutting the file leaves it unterminated.
        var guardEnd = full.IndexOf("#ifndef __LINUX_NSFS_H\n", StringComparison.Ordinal) + "#ifndef __LINUX_NSFS_H\n".Length;
        var lastEndif = full.LastIndexOf("#endif", StringComparison.Ordinal);
        var cuts = 0;
        for (var length = 0; length < full.Length; length += 50)
        {
            var text = full[..length];
            var model = Run(text, "x64", "mips", "sparc", "alpha");
            var lines = text.Split('\n').Length;
            Assert.All(model.Diagnostics, d => Assert.True(
                d.Location.Path == Path && d.Location.Line >= 1 && d.Location.Line <= lines && d.Location.Column >= 1,
                $"cut at {length}: {d} is not located inside the {lines}-line file"));
            if (length >= guardEnd && length <= lastEndif)
            {
                Assert.Contains(model.Diagnostics, d => d.Id == "NSFS1001" && d.Location.Line == 2 && d.Location.Column == 1);
            }

            cuts++;
        }

        Assert.Equal((full.Length + 49) / 50, cuts);
    }

    [Theory]
    // An #if without #endif is reported at the #if.
    [InlineData("#define A 1\n#if A\nint x;\n", 2, 1, "#endif is missing")]
    // An #else after #else is reported at the second #else.
    [InlineData("#if 0\n#else\n#else\n#endif\n", 3, 2, "#else after #else")]
    public void A_misplaced_conditional_directive_is_reported_where_it_goes_wrong(string text, int line, int column, string message)
    {
        AssertAt(Run(text), "NSFS1001", line, column, message);
    }

    [Fact]
    public void Endif_without_if_is_reported_and_the_rest_still_read()
    {
        var model = Run("#endif\n#define A 1\n");

        AssertAt(model, "NSFS1001", 1, 2, "#endif without #if");
        Assert.Contains(model.Constants, c => c.Name == "A");
    }

    [Fact]
    public void Self_and_mutually_recursive_macros_stop_expanding_and_are_reported_where_defined()
    {
        var model = Run("#define A A\n#define f(x) f(x)+1\n#define B f(2)\n#define C D\n#define D C\n");

        // Each name is left unexpanded inside its own expansion (C11 6.10.3.4p2), so what remains is an
        // undefined identifier: A, f (from f(2)+1), C (from C -> D -> C) and D. None is a request,
        // so each is the quiet NSFS1014.
        AssertAt(model, "NSFS1014", 1, 9, "'A' is not defined");
        AssertAt(model, "NSFS1014", 3, 9, "'f' is not defined");
        AssertAt(model, "NSFS1014", 4, 9, "'C' is not defined");
        AssertAt(model, "NSFS1014", 5, 9, "'D' is not defined");
        Assert.Empty(model.Constants);
    }

    [Fact]
    public void Exponential_macro_expansion_hits_the_limit()
    {
        var text = new StringBuilder("#define A0 x x\n");
        for (var i = 1; i <= 40; i++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"#define A{i} A{i - 1} A{i - 1}\n");
        }

        text.Append("#define AFTER 3\n");
        var model = Run(text.ToString());

        // Expanding A_k reads 2^(k+2) - 1 tokens (2^(k+1) - 1 macro names, 2^(k+1) x's): with
        // MaxExpansionTokens = 200000 the first over the per-use limit is A16, and the smaller ones expand and
        // stop at the undefined x, which for a macro that is not a request is the quiet NSFS1014. A16
        // and later each spend 200000 tokens before failing, so the header's work budget runs out
        // among them: that is reported once, where it ran out, and the rest of the header (AFTER
        // included) is skipped rather than costing 25 more such expansions.
        var first = Enumerable.Range(0, 41).First(k => (1L << (k + 2)) - 1 > HeaderLimits.MaxExpansionTokens);
        Assert.Equal(16, first);
        for (var k = 0; k < first; k++)
        {
            AssertAt(model, "NSFS1014", k + 1, 9, "'x' is not defined");
        }

        var exhausted = Assert.Single(model.Diagnostics, d => d.Message.Contains("units of work", StringComparison.Ordinal));
        Assert.Equal(("NSFS1010", Path), (exhausted.Id, exhausted.Location.Path));
        Assert.InRange(model.Diagnostics.Count(d => d.Id == "NSFS1010"), 1, 1 + (HeaderLimits.MaxWorkUnits / HeaderLimits.MaxExpansionTokens));
        Assert.Empty(model.Constants);
    }

    [Fact]
    public void Division_by_zero_in_if_is_reported_at_the_if_line_and_the_group_skipped()
    {
        var model = Run("#if 1/0\n#define X 1\n#endif\n#define Y 2\n");

        AssertAt(model, "NSFS1008", 1, 6, "Division by zero");
        Assert.Equal(["Y"], model.Constants.Select(c => c.Name));
    }

    [Fact]
    public void Shift_by_64_is_reported_at_the_operator()
    {
        var model = Run("#define S (1ULL << 64)\n#if 1 << 64\n#endif\n");

        AssertAt(model, "NSFS1014", 1, 17, "Shift count 64");
        AssertAt(model, "NSFS1008", 2, 7, "Shift count 64");
    }

    [Fact]
    public void A_megabyte_of_random_bytes_gives_located_diagnostics()
    {
        var bytes = new byte[1 << 20];
        new Random(20260601).NextBytes(bytes);
        var text = Encoding.Latin1.GetString(bytes);
        var lines = text.Split('\n').Length;

        var model = Run(text);

        Assert.Contains(model.Diagnostics, d => d.Id == "NSFS1001");
        Assert.All(model.Diagnostics, d => Assert.True(
            d.Location.Path == Path && d.Location.Line >= 1 && d.Location.Line <= lines && d.Location.Column >= 1, $"{d} is not located"));
    }

    [Fact]
    public void A_hundred_thousand_nested_parentheses_in_a_define_and_an_if_hit_a_limit()
    {
        var deep = new string('(', 100_000) + "1" + new string(')', 100_000);

        var model = Run($"#define DEEP {deep}\n#if {deep}\n#define INSIDE 1\n#endif\n#define AFTER 2\n");

        // Expanding DEEP produces 200001 tokens: the expander's budget is spent before the evaluator
        // nests at all. The #if's own text is not an expansion, so the evaluator's nesting limit stops it.
        AssertAt(model, "NSFS1010", 1, 9, "exceeds");
        AssertAt(model, "NSFS1010", 2, null, "nested deeper");
        Assert.Equal(["AFTER"], model.Constants.Select(c => c.Name));
    }

    [Theory]
    [InlineData("(", "1", ")", "NSFS1010 nested deeper")]
    [InlineData("- ", "1", "", "NSFS1010 nested deeper")]
    // In #if, "int" is just an identifier (0), so the second '(' is already a syntax error.
    [InlineData("(int)", "1", "", "NSFS1008 Unexpected '('")]
    [InlineData("1 ? 2 : ", "3", "", "NSFS1010 nested deeper")]
    public void Deeply_nested_expressions_hit_the_nesting_limit_instead_of_the_stack(string open, string inner, string close, string inIf)
    {
        // 40000 levels stay within the expander's budget, so the evaluator itself must stop them.
        var deep = string.Concat(Enumerable.Repeat(open, 40_000)) + inner + string.Concat(Enumerable.Repeat(close, 40_000));

        var model = Run($"#define DEEP {deep}\n#if {deep}\n#define INSIDE 1\n#endif\nstruct s {{ char a[{deep}]; }};\n#define AFTER 2\n");

        AssertAt(model, "NSFS1010", 1, 9, "nested deeper");
        AssertAt(model, inIf[..8], 2, null, inIf[9..]);
        AssertAt(model, "NSFS1010", 5, null, "nested deeper");
        Assert.Equal(["AFTER"], model.Constants.Select(c => c.Name));
        Assert.Empty(model.Structs);
    }

    [Fact]
    public void Parentheses_nested_as_deep_as_the_limit_allows_still_evaluate_on_a_small_stack()
    {
        const int depth = 120; // C11 5.2.4.1 asks for 63
        var model = Run($"#define DEEP {new string('(', depth)}6 * 7{new string(')', depth)}\n");

        Assert.Empty(model.Diagnostics);
        Assert.Equal("42", Literal(Assert.Single(model.Constants)));
    }

    [Fact]
    public void Ten_thousand_nested_ifs_give_one_diagnostic_and_stay_balanced()
    {
        var text = string.Concat(Enumerable.Repeat("#if 1\n", 10_000)) + "#define DEEP 1\n"
            + string.Concat(Enumerable.Repeat("#endif\n", 10_000)) + "#define AFTER 2\n";

        var model = Run(text);

        var limit = HeaderLimits.MaxConditionalDepth;
        var diagnostic = Assert.Single(model.Diagnostics);
        Assert.Equal(("NSFS1010", limit + 1, 2), (diagnostic.Id, diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Equal(["AFTER"], model.Constants.Select(c => c.Name));
    }

    [Fact]
    public void Ten_thousand_nested_structs_hit_the_nesting_limit()
    {
        var text = "struct deep { " + string.Concat(Enumerable.Repeat("struct { ", 10_000)) + "int x; "
            + string.Concat(Enumerable.Repeat("}; ", 10_000)) + "};\nstruct ok { int a; };\n#define AFTER 1\n";

        var model = Run(text);

        // struct deep is level 1 and the k-th anonymous struct level k + 1; entering level
        // MaxDeclarationNesting + 1 fails at the token after its '{': "struct deep { " is 14 columns, each "struct { " 9.
        var limit = HeaderLimits.MaxDeclarationNesting;
        AssertAt(model, "NSFS1010", 1, 14 + (limit * 9) + 1, "nested deeper");
        Assert.Equal(["ok"], model.Structs.Select(s => s.Name));
        Assert.Equal(["AFTER"], model.Constants.Select(c => c.Name));
    }

    [Fact]
    public void A_header_including_itself_hits_the_include_depth_limit()
    {
        var self = TestHeaders.Header("test/a.h", "#include \"a.h\"\n#define IN_A 1\n");

        var model = Run("#include \"a.h\"\n#define OK 1\n", [self]);

        var diagnostic = Assert.Single(model.Diagnostics);
        Assert.Equal(("NSFS1010", "test/a.h", 1, 2), (diagnostic.Id, diagnostic.Location.Path, diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Equal(["OK"], model.Constants.Select(c => c.Name));
    }

    [Fact]
    public void Sizeof_an_incomplete_struct_leaves_the_constant_out_with_a_note_at_that_line()
    {
        var model = Run("#define A 1\n#define S sizeof(struct nope)\n");

        AssertAt(model, "NSFS1014", 2, null, "struct nope");
        Assert.Equal(["A"], model.Constants.Select(c => c.Name));
    }

    [Fact]
    public void A_request_sized_by_an_undeclared_type_is_an_unknown_type_not_a_guess()
    {
        var model = Run("#include <linux/ioctl.h>\n#define REQ _IOR(0xb7, 1, foo_t)\n");

        AssertAt(model, "NSFS1002", 2, 9, "foo_t");
        Assert.Empty(model.Requests);
    }

    [Fact]
    public void A_missing_include_is_a_warning_and_parsing_goes_on()
    {
        var model = Run("#include <linux/nope.h>\n#define AFTER 7\nstruct s { int a; };\n");

        var warning = AssertAt(model, "NSFS1003", 1, 2, "linux/nope.h");
        Assert.Equal(HeaderDiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal("7", Literal(Assert.Single(model.Constants)));
        Assert.Equal(4, Assert.Single(model.Structs).Layouts.Single().Size);
    }

    [Fact]
    public void An_unterminated_comment_is_reported_where_it_opens()
    {
        var model = Run("#define A 1\n  /* never closed\n#define B 2\n");

        AssertAt(model, "NSFS1001", 2, 3, "Unterminated comment");
        Assert.Equal(["A"], model.Constants.Select(c => c.Name));
    }

    private static HeaderModel Run(string text, params string[] architectures) => Run(text, [], architectures);

    private static HeaderModel Run(string text, IReadOnlyList<Nsfs.Headers.Sources.HeaderText> others, params string[] architectures)
    {
        var model = Bounded.Run(() => TestHeaders.Build(text, others, architectures));
        Assert.DoesNotContain(model.Diagnostics, d => d.Id == DiagnosticIds.InternalError.Code);
        return model;
    }

    private static HeaderDiagnostic AssertAt(HeaderModel model, string id, int line, int? column, string messagePart)
    {
        var found = model.Diagnostics.Where(d => d.Id == id && d.Location.Line == line && (column is null || d.Location.Column == column)).ToList();
        Assert.True(found.Count == 1, $"Expected one {id} at {line}:{column}; got:\n{string.Join('\n', model.Diagnostics.Take(20))}");
        Assert.Equal(Path, found[0].Location.Path);
        Assert.Contains(messagePart, found[0].Message, StringComparison.Ordinal);
        return found[0];
    }

    // The C# literal the emitter writes for a constant's single value.
    private static string Literal(ConstantModel constant) => CSharpLiterals.Constant(constant, constant.Values.Single()).Literal;
}
