namespace Nsfs.Generator.Tests.Frontend;

/// <summary>
/// Which constants the merged model keeps when not every architecture has them: only those each
/// other architecture really lacks, in the header's order. A name that is something else on some
/// architecture, or that an architecture may not have reached, is dropped as before.
/// </summary>
public sealed class PartlyDefinedConstantModelTests
{
    [Fact]
    public void A_constant_under_an_architecture_ifdef_has_values_for_that_architecture_only()
    {
        var model = Build("#ifdef __aarch64__\n#define MY_ARM64_ONLY 9\n#endif\n");

        var constant = Assert.Single(model.Constants, c => c.Name == "MY_ARM64_ONLY");
        Assert.Equal(["arm64"], constant.Values.Select(v => v.Arch));
    }

    [Fact]
    public void Constants_keep_the_header_order_whichever_architecture_defines_them_first()
    {
        var model = Build("#ifdef __aarch64__\n#define MY_FIRST 1\n#endif\n#define MY_SECOND 2\n");

        Assert.Equal(["MY_FIRST", "MY_SECOND"], model.Constants.Select(c => c.Name));
    }

    [Theory]
    [InlineData("a request", "#define MY_MIXED _IOR('m', 2, int)")]
    [InlineData("a type", "#define MY_MIXED int")]
    [InlineData("an empty macro", "#define MY_MIXED")]
    [InlineData("an expression that cannot be evaluated", "#define MY_MIXED (1 / 0)")]
    public void A_name_that_is_a_number_on_some_architectures_and_something_else_on_x64_is_no_constant(string what, string onX64)
    {
        var model = Build($"#ifdef __x86_64__\n{onX64}\n#else\n#define MY_MIXED 5\n#endif\n");

        Assert.True(model.Constants.All(c => c.Name != "MY_MIXED"), $"MY_MIXED is {what} on x64, yet the model has it as a constant.");
        Assert.True(model.Requests.All(r => r.Name != "MY_MIXED"), "MY_MIXED is no request on the other architectures.");
    }

    [Fact]
    public void An_architecture_that_missed_an_include_may_define_the_name_so_the_constant_is_dropped()
    {
        var model = Build("#ifdef __x86_64__\n#include <asm/not-vendored-anywhere.h>\n#else\n#define MY_OTHER 4\n#endif\n");

        Assert.DoesNotContain(model.Constants, c => c.Name == "MY_OTHER");
        Assert.Contains(model.Diagnostics, d => d.Id == DiagnosticIds.IncludeNotFound.Code);
    }

    private static HeaderModel Build(string text) =>
        HeaderModelBuilder.Build(new HeaderText("my.h", "/src/my.h", "#include <linux/ioctl.h>\n" + text), VendoredHeaders.Provider);
}
