namespace Nsfs.Generator.Tests.Frontend;

/// <summary>
/// The inputs that took the compiler down before the front end bounded its work: each is now a
/// located error with the honest id, on every architecture, and the rest of the header still works.
/// </summary>
public sealed class HostileInputTests
{
    private const string Path = TestHeaders.PrimaryPath;

    [Theory]
    [InlineData("struct fz { struct fz a; };", "struct fz contains itself")]
    [InlineData("struct fz { int x; struct fz a[2]; };", "struct fz contains itself")]
    [InlineData("typedef struct fz fz_t;\nstruct fz { fz_t a; };", "struct fz contains itself")]
    [InlineData("struct fz { struct { struct fz b; }; };", "struct fz contains itself")]
    [InlineData("union fz { union fz u; int i; };", "union fz contains itself")]
    public void A_self_containing_record_is_a_located_error_not_a_stack_overflow(string declaration, string message)
    {
        var kind = declaration.StartsWith("union", StringComparison.Ordinal) ? "union" : "struct";
        var text = declaration + $"\n#include <linux/ioctl.h>\n#define FZ _IOR(1, 2, {kind} fz)\n#define AFTER 3\n";

        var model = Run(text, "x64", "x86", "mips", "sparc64", "alpha", "ppc");

        var error = Assert.Single(model.Diagnostics, d => d.Message.Contains(message, StringComparison.Ordinal));
        Assert.Equal(("NSFS1002", Path), (error.Id, error.Location.Path));
        Assert.Equal(declaration.Split('\n').Length, error.Location.Line);
        Assert.Empty(model.Requests);
        Assert.Equal(["AFTER"], model.Constants.Select(c => c.Name));
    }

    [Fact]
    public void A_member_of_a_struct_completed_later_is_incomplete_as_in_C()
    {
        var model = Run("struct later;\nstruct early { struct later x; };\nstruct later { int y; };\n");

        var error = Assert.Single(model.Diagnostics);
        Assert.Equal(("NSFS1002", 2, 29), (error.Id, error.Location.Line, error.Location.Column));
        Assert.Contains("incomplete type 'struct later'", error.Message, StringComparison.Ordinal);
        Assert.Equal(["later"], model.Structs.Select(s => s.Name));
    }

    [Fact]
    public void A_size_of_four_gibibytes_is_out_of_range_for_the_size_field_not_zero()
    {
        var model = Run("#include <linux/ioctl.h>\nstruct fz { char a[0x100000000]; };\n#define FZ _IOR(1, 2, struct fz)\n#define SIZE sizeof(struct fz)\n");

        var error = Assert.Single(model.Diagnostics, d => d.Location.Line == 3);
        Assert.Equal("NSFS1006", error.Id);
        Assert.Contains("size 4294967296 does not fit in 14 bits", error.Message, StringComparison.Ordinal);
        Assert.Empty(model.Requests);
        Assert.Equal("4294967296", Assert.Single(model.Constants).Values.Single().Value.Raw.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_two_gibibyte_array_is_too_large_on_32_bit_targets_and_out_of_range_on_64_bit_ones()
    {
        const string text = "#include <linux/ioctl.h>\nstruct fz { char a[0x80000000]; };\n#define FZ _IOR(1, 2, struct fz)\n";

        var x64 = Run(text, "x64");
        var x86 = Run(text, "x86");

        Assert.Contains(x64.Diagnostics, d => d.Id == "NSFS1006" && d.Location.Line == 3 && d.Message.Contains("size 2147483648 does", StringComparison.Ordinal));
        Assert.Contains(x86.Diagnostics, d => d.Id == "NSFS1008" && d.Message.Contains("'char[2147483648]' is too large: its size exceeds 2147483647 bytes on x86", StringComparison.Ordinal));
        Assert.Empty(x64.Requests);
        Assert.Empty(x86.Requests);
    }

    [Fact]
    public void Sizes_that_overflow_64_bits_are_too_large_not_wrapped()
    {
        var model = Run("struct fz { long a[0x7FFFFFFFFFFFFFFF]; };\n#define SIZE sizeof(struct fz)\n#define AFTER 1\n");

        Assert.Contains(model.Diagnostics, d => d.Id == "NSFS1008" && d.Message.Contains("is too large", StringComparison.Ordinal));
        Assert.Equal(["AFTER"], model.Constants.Select(c => c.Name));
    }

    [Fact]
    public void A_header_that_includes_itself_twice_without_a_guard_stops_at_the_include_limit()
    {
        var self = TestHeaders.Header("test/twice.h", "#include \"twice.h\"\n#include \"twice.h\"\n#define IN 1\n");

        var model = Bounded.Run(() => TestHeaders.Build("#include \"twice.h\"\n#define OK 1\n", [self], "x64", "arm64"));

        Assert.Contains(model.Diagnostics, d => d.Id == "NSFS1010" && d.Location.Path == "test/twice.h" && d.Message.Contains("More than 256 #includes", StringComparison.Ordinal));
        Assert.DoesNotContain(model.Diagnostics, d => d.Id == DiagnosticIds.InternalError.Code);
        Assert.Equal(["OK"], model.Constants.Select(c => c.Name));
    }

    [Fact]
    public void A_pointer_chain_deeper_than_the_type_limit_is_reported_at_the_star_that_crosses_it()
    {
        var model = Run("struct p { char " + new string('*', 300) + "x; };\nstruct ok { int y; };\n");

        var error = Assert.Single(model.Diagnostics);
        Assert.Equal(("NSFS1010", 1, 17 + HeaderLimits.MaxTypeDepth - 1), (error.Id, error.Location.Line, error.Location.Column));
        Assert.Equal(["ok"], model.Structs.Select(s => s.Name));
    }

    [Fact]
    public void Records_doubling_in_a_chain_are_measured_once_each_and_stop_at_the_type_depth()
    {
        var text = "struct s0 { int a; };\n" + string.Concat(Enumerable.Range(1, 2000).Select(i => $"struct s{i} {{ struct s{i - 1} a, b; }};\n"))
            + "#define SIZE30 sizeof(struct s30)\n";

        var model = Run(text);

        // s_k holds 2^k ints: laid out by measuring each record once, not 2^k times. s_k is k + 2
        // levels deep (s0 holds an int), so s127, on line 128, is the first too deep.
        Assert.Equal((4L << 30).ToString(System.Globalization.CultureInfo.InvariantCulture), Assert.Single(model.Constants).Values.Single().Value.Raw.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(model.Diagnostics, d => d.Id == "NSFS1010" && d.Location.Line == HeaderLimits.MaxTypeDepth);
    }

    [Theory]
    [InlineData("0", "Requested alignment 0")]
    [InlineData("3", "Requested alignment 3")]
    [InlineData("0x100000000", "Requested alignment 4294967296")]
    public void An_alignment_that_is_not_a_power_of_two_is_an_invalid_expression(string alignment, string message)
    {
        var model = Run($"struct z {{ int a; }} __attribute__((aligned({alignment})));\n#define AFTER 1\n");

        var error = Assert.Single(model.Diagnostics);
        Assert.Equal(("NSFS1008", 1), (error.Id, error.Location.Line));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(["AFTER"], model.Constants.Select(c => c.Name));
    }

    [Fact]
    public void One_macro_near_the_expansion_limit_used_fifty_times_spends_the_header_budget_once()
    {
        var text = "#define BIG " + string.Join(' ', Enumerable.Repeat("1", 199_000)) + "\n"
            + string.Concat(Enumerable.Range(0, 50).Select(i => $"#define USE{i} BIG\n"));

        var model = Run(text, "x64", "arm64");

        var exhausted = Assert.Single(model.Diagnostics, d => d.Message.Contains("units of work", StringComparison.Ordinal));
        Assert.Equal("NSFS1010", exhausted.Id);
        Assert.True(model.Diagnostics.Count < 60, string.Join('\n', model.Diagnostics));
    }

    [Fact]
    public void A_comment_of_a_hundred_thousand_stars_documents_nothing_and_costs_nothing_special()
    {
        var model = Run("/*" + new string('*', 100_000) + "*/\n#define AFTER 1\n");

        Assert.Empty(model.Diagnostics);
        Assert.Null(Assert.Single(model.Constants).Documentation);
    }

    [Fact]
    public void A_thousand_errors_are_reported_with_one_more_saying_how_many_were_left_out()
    {
        var model = Run(string.Concat(Enumerable.Range(0, 3000).Select(i => $"#define E{i} undefined_{i}\n")));

        Assert.Equal(HeaderLimits.MaxDiagnostics + 1, model.Diagnostics.Count);
        var last = model.Diagnostics[^1];
        Assert.Equal(("NSFS1010", HeaderLimits.MaxDiagnostics + 1), (last.Id, last.Location.Line));
        Assert.Contains("2000 more problems", last.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_over_a_mebibyte_is_not_read_and_says_so_at_its_first_line()
    {
        var model = Run("#define A 1\n" + new string(' ', HeaderLimits.MaxHeaderChars));

        var error = Assert.Single(model.Diagnostics);
        Assert.Equal(("NSFS1010", 1, 1), (error.Id, error.Location.Line, error.Location.Column));
        Assert.Empty(model.Constants);
    }

    [Fact]
    public void Cancellation_is_honoured_inside_the_preprocessor_not_only_between_architectures()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var text = string.Concat(Enumerable.Repeat("int a; ", 10_000));
        var header = TestHeaders.Header(Path, text);

        // Straight to one architecture's analysis: the only check left is the budget's, inside the loops.
        Assert.Throws<OperationCanceledException>(() =>
            HeaderEvaluator.Evaluate(header, VendoredHeaders.Provider, TestHeaders.Model("x64"), work: new WorkBudget(cancellationToken: cancelled.Token)));
    }

    private static HeaderModel Run(string text, params string[] architectures)
    {
        var model = Bounded.Run(() => TestHeaders.Build(text, architectures));
        Assert.DoesNotContain(model.Diagnostics, d => d.Id == DiagnosticIds.InternalError.Code);
        Assert.All(model.Diagnostics, d => Assert.True(d.Location.Line >= 1 && d.Location.Column >= 1, $"{d} is not located"));
        return model;
    }
}
