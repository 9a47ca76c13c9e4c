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
}
