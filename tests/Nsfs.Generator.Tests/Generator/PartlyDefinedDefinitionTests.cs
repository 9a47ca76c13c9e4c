using System.Globalization;
using Microsoft.CodeAnalysis;

namespace Nsfs.Generator.Tests.Generator;

/// <summary>
/// A request, struct or tagged enum the header defines on some architectures only is not generated,
/// and NSFS1017 at its definition says so, naming the architectures that lack it — never a silent absence.
/// </summary>
public sealed class PartlyDefinedDefinitionTests
{
    private const string Header = """
        #include <linux/ioctl.h>
        #include <linux/types.h>
        #define MY_GET _IOR('m', 1, int)
        #ifdef __x86_64__
        #define MY_X64_SET _IOW('m', 2, int)
        struct my_x64 { __u32 a; };
        enum my_x64_kind { MY_X64_KIND_A = 1 };
        #endif
        #ifdef __aarch64__
        #define MY_ARM64_SET _IOW('m', 3, int)
        #endif
        """;

    [Theory]
    [InlineData("request MY_X64_SET", 4, "x64")]
    [InlineData("struct my_x64", 5, "x64")]
    [InlineData("enum my_x64_kind", 6, "x64")]
    [InlineData("request MY_ARM64_SET", 9, "arm64")]
    public void A_definition_on_some_architectures_only_is_NSFS1017_at_it_naming_those_that_lack_it(string definition, int line, string definedOn)
    {
        var result = GeneratorHarness.Driver([TestAdditionalFile.Header("/src/my.h", Header)]).RunGenerators(GeneratorHarness.Compilation()).GetRunResult();

        var diagnostic = Assert.Single(result.Diagnostics, d => d.GetMessage(CultureInfo.InvariantCulture).StartsWith(definition + " ", StringComparison.Ordinal));
        Assert.Equal(("NSFS1017", DiagnosticSeverity.Warning), (diagnostic.Id, diagnostic.Severity));
        Assert.Equal(("/src/my.h", line), (diagnostic.Location.GetLineSpan().Path, diagnostic.Location.GetLineSpan().StartLinePosition.Line));
        var lacking = diagnostic.GetMessage(CultureInfo.InvariantCulture).Split(" on ")[1];
        Assert.Contains(definedOn == "x64" ? "arm64" : "x64", lacking, StringComparison.Ordinal);
        Assert.DoesNotContain(" " + definedOn + ",", " " + lacking, StringComparison.Ordinal);
        Assert.Equal(4, result.Diagnostics.Length);
    }

    [Fact]
    public void None_of_them_is_generated_while_what_every_architecture_has_is()
    {
        var source = GeneratorHarness.Driver([TestAdditionalFile.Header("/src/my.h", Header)]).RunGenerators(GeneratorHarness.Compilation())
            .GetRunResult().GeneratedTrees.Single().ToString();

        Assert.Contains("MY_GET", source, StringComparison.Ordinal);
        foreach (var absent in new[] { "MY_X64_SET", "my_x64", "MY_X64_KIND_A", "MY_ARM64_SET" })
        {
            Assert.DoesNotContain(absent, source, StringComparison.Ordinal);
        }
    }
}
