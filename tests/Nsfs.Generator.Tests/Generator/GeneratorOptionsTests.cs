using Microsoft.CodeAnalysis;

namespace Nsfs.Generator.Tests.Generator;

/// <summary>The Nsfs_* MSBuild options and item metadata change what is generated, and only that.</summary>
public sealed class GeneratorOptionsTests
{
    private const string Header = "#include <linux/ioctl.h>\n#define MY_GET _IOR('m', 1, int)\n";

    [Fact]
    public void Namespace_and_visibility_come_from_the_build_properties()
    {
        var properties = new Dictionary<string, string> { ["Nsfs_Namespace"] = "Contoso.Kernel", ["Nsfs_Visibility"] = "internal" };
        var result = GeneratorHarness.Driver([TestAdditionalFile.Header("/src/my.h", Header)], properties)
            .RunGenerators(GeneratorHarness.Compilation()).GetRunResult();

        var source = result.GeneratedTrees.Single().ToString();
        Assert.Contains("namespace Contoso.Kernel", source, StringComparison.Ordinal);
        Assert.Contains("internal static partial class My", source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("internal", null, "internal")]
    [InlineData("Internal", "public", "internal")]
    [InlineData("public", "internal", "public")]
    [InlineData(null, "internal", "internal")]
    [InlineData("neither", "internal", "internal")]
    public void A_headers_visibility_metadata_wins_over_the_project_property(string? item, string? project, string expected)
    {
        var metadata = item is null ? null : new Dictionary<string, string> { ["Nsfs_Visibility"] = item };
        var properties = project is null ? null : new Dictionary<string, string> { ["Nsfs_Visibility"] = project };
        var result = GeneratorHarness.Driver([new TestAdditionalFile("/src/my.h", Header, "header", metadata)], properties)
            .RunGenerators(GeneratorHarness.Compilation()).GetRunResult();

        var source = result.GeneratedTrees.Single().ToString();
        Assert.Contains($"{expected} static partial class My", source, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_visibility_on_a_header_is_NSFS1016_at_the_header_naming_the_allowed_values()
    {
        var metadata = new Dictionary<string, string> { ["Nsfs_Visibility"] = "protected" };
        var result = Run([new TestAdditionalFile("/src/my.h", Header, "header", metadata)]);

        var diagnostic = AssertInvalidSetting(result, "'protected'", "Visibility", "public", "internal");
        Assert.Equal("/src/my.h", diagnostic.Location.GetLineSpan().Path);
        Assert.Contains("public static partial class My", Assert.Single(result.GeneratedTrees).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_project_visibility_is_NSFS1016_naming_the_property_and_the_allowed_values()
    {
        var result = Run([TestAdditionalFile.Header("/src/my.h", Header)], new Dictionary<string, string> { ["Nsfs_Visibility"] = "privat" });

        var diagnostic = AssertInvalidSetting(result, "'privat'", "Nsfs_Visibility", "public", "internal");
        Assert.Equal(Location.None, diagnostic.Location);
    }

    [Fact]
    public void An_unknown_role_is_NSFS1016_at_the_file_naming_the_allowed_roles_and_the_file_is_not_read()
    {
        var result = Run([new TestAdditionalFile("/src/my.h", Header, "heder")]);

        var diagnostic = AssertInvalidSetting(result, "'heder'", "Nsfs_Role", "header", "facts", "baseline");
        Assert.Equal("/src/my.h", diagnostic.Location.GetLineSpan().Path);
        Assert.Empty(result.GeneratedTrees);
    }

    private static Diagnostic AssertInvalidSetting(GeneratorDriverRunResult result, params string[] words)
    {
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("NSFS1016", DiagnosticSeverity.Error), (diagnostic.Id, diagnostic.Severity));
        var message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var word in words)
        {
            Assert.Contains(word, message, StringComparison.Ordinal);
        }

        return diagnostic;
    }

    [Fact]
    public void The_include_root_names_the_class_and_an_explicit_class_name_wins()
    {
        var rooted = new TestAdditionalFile("/src/uapi/linux/my.h", Header, "header", new Dictionary<string, string> { ["Nsfs_IncludeRoot"] = "/src/uapi/" });
        var named = new TestAdditionalFile("/src/other.h", Header, "header", new Dictionary<string, string> { ["Nsfs_ClassName"] = "OtherIoctls" });

        var hints = GeneratorHarness.Driver([rooted, named]).RunGenerators(GeneratorHarness.Compilation())
            .GetRunResult().Results.Single().GeneratedSources.Select(s => s.HintName).Order(StringComparer.Ordinal);

        Assert.Equal(["LinuxMy.g.cs", "OtherIoctls.g.cs"], hints);
    }

    [Fact]
    public void An_include_only_header_is_not_generated_but_can_be_included()
    {
        var shared = TestAdditionalFile.Header("/src/shared.h", "#define MY_MAGIC 'm'\n", generate: false);
        var mine = TestAdditionalFile.Header("/src/my.h", "#include <linux/ioctl.h>\n#include \"shared.h\"\n#define MY_GET _IO(MY_MAGIC, 1)\n");

        var result = GeneratorHarness.Driver([shared, mine]).RunGenerators(GeneratorHarness.Compilation()).GetRunResult();

        Assert.Empty(result.Diagnostics);
        var source = Assert.Single(result.GeneratedTrees).ToString();
        Assert.Contains("0x00006d01U", source, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_that_relies_on_sys_ioctl_h_is_read_after_the_default_prelude()
    {
        var result = Run([TestAdditionalFile.Header("/src/my.h", NotSelfContained)]);

        Assert.Empty(result.Diagnostics);
        Assert.Contains("0x80046d01U", Assert.Single(result.GeneratedTrees).ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("none", null)]
    [InlineData(null, "none")]
    [InlineData("NONE", "linux/ioctl.h")]
    public void Prelude_none_on_the_item_or_the_project_turns_it_off_and_the_item_wins(string? item, string? project)
    {
        var metadata = new Dictionary<string, string>();
        if (item is not null)
        {
            metadata["Nsfs_Prelude"] = item;
        }

        var properties = project is null ? null : new Dictionary<string, string> { ["Nsfs_Prelude"] = project };
        var result = Run([new TestAdditionalFile("/src/my.h", NotSelfContained, "header", metadata)], properties);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("NSFS1004", error.Id);
        Assert.Contains("Prelude=\"linux/ioctl.h\"", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal(0, error.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void A_marked_prelude_is_read_first_and_its_edits_reach_the_header()
    {
        var types = TestAdditionalFile.Header("/src/inc/my/types.h", "typedef struct { int a[3]; } my_t;\n", includeName: "my/types.h", generate: false);
        var mine = new TestAdditionalFile("/src/my.h", "#define MY_SET _IOW('m', 2, my_t)\n", "header",
            new Dictionary<string, string> { ["Nsfs_Prelude"] = "linux/ioctl.h;my/types.h" });

        var result = Run([types, mine]);

        Assert.Empty(result.Diagnostics);
        Assert.Contains("0x400c6d02U", Assert.Single(result.GeneratedTrees).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Headers_marked_with_an_arch_are_that_architectures_asm_root_and_are_not_generated()
    {
        var x86 = new TestAdditionalFile("/k/arch/x86/include/uapi/asm/my_types.h", "typedef long my_t;\n", "header",
            new Dictionary<string, string> { ["Nsfs_IncludeRoot"] = "/k/arch/x86/include/uapi", ["Nsfs_Arch"] = "x86" });
        var other = new TestAdditionalFile("/k/arch/generic/asm/my_types.h", "typedef char my_t;\n", "header",
            new Dictionary<string, string> { ["Nsfs_IncludeName"] = "asm-generic/my_types.h", ["Nsfs_Generate"] = "false" });
        var mine = TestAdditionalFile.Header("/src/my.h", "#include <asm/my_types.h>\n#define MY_GET _IOR('m', 1, my_t)\n");

        var result = Run([x86, other, mine]);

        // x64, x86 and x32 have it; the other 19 architectures do not, so the request is an error, not absent.
        var source = Assert.Single(result.GeneratedTrees).ToString();
        Assert.DoesNotContain("MY_GET", source, StringComparison.Ordinal);
        var missing = result.Diagnostics.Where(d => d.Id == "NSFS1003").Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(19, missing.Count);
        Assert.Contains(missing, m => m.Contains("<asm/my_types.h> for arm64 ", StringComparison.Ordinal));
        Assert.DoesNotContain(missing, m => m.Contains(" for x64 ", StringComparison.Ordinal) || m.Contains(" for x86 ", StringComparison.Ordinal) || m.Contains(" for x32 ", StringComparison.Ordinal));
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        Assert.Equal(("NSFS1005", "/src/my.h"), (error.Id, error.Location.GetLineSpan().Path));
    }

    private const string NotSelfContained = "#define MY_GET _IOR('m', 1, int)\n";

    private static GeneratorDriverRunResult Run(IEnumerable<TestAdditionalFile> files, IReadOnlyDictionary<string, string>? properties = null) =>
        GeneratorHarness.Driver(files, properties).RunGenerators(GeneratorHarness.Compilation()).GetRunResult();
}
