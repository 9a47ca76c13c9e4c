namespace Nsfs.Generator.Tests.Sources;

/// <summary>Preludes: headers read before the header, as a C compiler's <c>-include</c>, linux/ioctl.h by default.</summary>
public sealed class PreludeTests
{
    // Like most of a uapi tree: the request macros used without including <linux/ioctl.h>.
    private const string NotSelfContained = "#define MY_GET _IOR('m', 1, int)\n";

    [Fact]
    public void By_default_a_header_that_compiles_after_sys_ioctl_h_just_works()
    {
        var model = Build(new HeaderSetBuilder());

        var request = Assert.Single(model.Requests);
        Assert.Equal(0x80046d01u, request.Values.Single().Value);
        Assert.Empty(model.Diagnostics);
        Assert.Equal(["linux/ioctl.h"], HeaderSetBuilder.DefaultPreludes);
    }

    [Fact]
    public void Without_a_prelude_the_undefined_request_macro_is_an_error_that_says_how_to_fix_it()
    {
        var model = Build(new HeaderSetBuilder().WithPreludes(HeaderSetBuilder.NoPrelude));

        Assert.Empty(model.Requests);
        var error = Assert.Single(model.Diagnostics);
        Assert.Equal((DiagnosticIds.UnknownIdentifier.Code, HeaderDiagnosticSeverity.Error, 1, 9), (error.Id, error.Severity, error.Location.Line, error.Location.Column));
        Assert.Contains("'_IOR' is not defined", error.Message, StringComparison.Ordinal);
        Assert.Contains("Prelude=\"linux/ioctl.h\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("--prelude linux/ioctl.h", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Preludes_are_read_in_order_from_the_callers_roots_before_the_vendored_headers()
    {
        var types = new HeaderText("my/types.h", "my/types.h", "typedef struct { int a, b; } pair_t;\n");
        var model = Build(new HeaderSetBuilder().AddHeaders([types]).AddPrelude("linux/ioctl.h").AddPrelude("my/types.h"),
            "#define MY_SET _IOW('m', 2, pair_t)\n");

        Assert.Equal(0x40086d02u, Assert.Single(model.Requests).Values.Single().Value);
    }

    [Fact]
    public void A_prelude_that_cannot_be_found_is_reported_and_the_requests_that_need_it_are_errors()
    {
        var model = Build(new HeaderSetBuilder().AddPrelude("linux/nope.h").AddPrelude("linux/ioctl.h"),
            "#define MY_GET _IOR('m', 1, nope_t)\n");

        var warning = Assert.Single(model.Diagnostics, d => d.Id == DiagnosticIds.IncludeNotFound.Code);
        Assert.Contains("prelude <linux/nope.h>", warning.Message, StringComparison.Ordinal);
        Assert.Equal((TestPath, 1), (warning.Location.Path, warning.Location.Line));
        var error = Assert.Single(model.Diagnostics, d => d.Severity == HeaderDiagnosticSeverity.Error);
        Assert.Equal((DiagnosticIds.SkippedForMissingInclude.Code, 1), (error.Id, error.Location.Line));
        Assert.Contains("MY_GET", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("linux/ioctl.h", "_LINUX_IOCTL_H")]
    [InlineData("asm-generic/ioctl.h", "_IOC_NRBITS")]
    public void A_header_that_is_a_prelude_or_read_by_one_keeps_its_own_definitions(string includeName, string defined)
    {
        var set = new HeaderSetBuilder().Build();

        var result = new Nsfs.Headers.Preprocessing.Preprocessor(set, DataModels.Find("x64")!).Run(set.Find(includeName)!);

        Assert.Contains(defined, result.PrimaryDefinitions.Select(m => m.Name));
        Assert.Empty(result.Diagnostics);
    }

    [Theory]
    [InlineData(null, new[] { "linux/ioctl.h" })]
    [InlineData("", new[] { "linux/ioctl.h" })]
    [InlineData("none", new string[0])]
    [InlineData("NONE", new string[0])]
    [InlineData("a.h;./b/c.h", new[] { "a.h", "b/c.h" })]
    [InlineData(" a.h , b.h ", new[] { "a.h", "b.h" })]
    public void A_prelude_list_as_msbuild_writes_it(string? list, string[] expected) =>
        Assert.Equal(expected, new HeaderSetBuilder().WithPreludes(list).Build().Preludes);

    private const string TestPath = "test/prelude.h";

    private static HeaderModel Build(HeaderSetBuilder builder, string text = NotSelfContained) =>
        HeaderModelBuilder.Build(new HeaderText(TestPath, TestPath, text), builder.Build(), [DataModels.Find("x64")!]);
}
