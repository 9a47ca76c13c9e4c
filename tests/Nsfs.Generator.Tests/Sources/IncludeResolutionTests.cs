using Nsfs.Headers.Preprocessing;

namespace Nsfs.Generator.Tests.Sources;

/// <summary>Include roots as C compilers have them: quoted includes next to the includer, asm/ per architecture.</summary>
public sealed class IncludeResolutionTests
{
    // A request whose size comes from an asm/ header: missing that header must be an error at the request.
    private const string UsesAsm = "#include <linux/ioctl.h>\n#include <asm/my.h>\n#define MY_GET _IOR('m', 1, my_t)\n";

    [Fact]
    public void A_quoted_include_looks_next_to_the_including_file_first()
    {
        var set = new HeaderSetBuilder().AddHeaders([
            Header("sub/a.h", "#include \"b.h\"\n#include \"../c.h\"\n"),
            Header("sub/b.h", "#define FROM_SUB 1\n"),
            Header("b.h", "#define FROM_TOP 1\n"),
            Header("c.h", "#define FROM_PARENT 1\n"),
        ]).Build();

        var result = new Preprocessor(set, DataModels.Find("x64")!).Run(set.Find("sub/a.h")!);

        Assert.Contains("FROM_SUB", result.Macros.Keys);
        Assert.DoesNotContain("FROM_TOP", result.Macros.Keys);
        Assert.Contains("FROM_PARENT", result.Macros.Keys);
        Assert.Empty(result.Diagnostics);
    }

    [Theory]
    [InlineData("arch/x86/asm/my.h")]
    [InlineData("arch/x86/include/uapi/asm/my.h")]
    [InlineData("arch/x86/include/generated/uapi/asm/my.h")]
    [InlineData("asm-x86/asm/my.h")]
    [InlineData("asm-x86/my.h")]
    public void Asm_resolves_through_the_layouts_of_a_kernel_tree(string path)
    {
        var model = Build(new HeaderSetBuilder().AddHeaders([Header(path, "typedef long my_t;\n")]), "x64", "x86", "arm64");

        Assert.Empty(model.Requests); // not on arm64, so not generated
        Assert.Equal(0x80086d01u, Value(Build(new HeaderSetBuilder().AddHeaders([Header(path, "typedef long my_t;\n")]), "x64"), "x64"));
        var error = Assert.Single(model.Diagnostics, d => d.Severity == HeaderDiagnosticSeverity.Error);
        Assert.Equal((DiagnosticIds.SkippedForMissingInclude.Code, 3), (error.Id, error.Location.Line));
        Assert.Contains("MY_GET", error.Message, StringComparison.Ordinal);
        var missing = Assert.Single(model.Diagnostics, d => d.Id == DiagnosticIds.IncludeNotFound.Code);
        Assert.Contains("<asm/my.h> for arm64", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_root_given_for_one_architecture_serves_it_alone_and_comes_first()
    {
        var builder = new HeaderSetBuilder()
            .AddHeaders([Header("arch/x86/asm/my.h", "typedef short my_t;\n")])
            .AddArchitectureRoot("x86", new InMemoryHeaders([Header("asm/my.h", "typedef long my_t;\n")]))
            .AddArchitectureRoot("arm64", new InMemoryHeaders([Header("asm/my.h", "typedef char my_t[3];\n")]));

        var model = Build(builder, "x64", "x86", "arm64");

        // "x86" is the kernel's arch name, so it serves x64 and x86; arm64 has its own.
        Assert.Equal([8u, 4u, 3u], Assert.Single(model.Requests).Values.Select(v => v.Size));
        Assert.DoesNotContain(model.Diagnostics, d => d.Severity != HeaderDiagnosticSeverity.Info);
    }

    [Fact]
    public void Include_dependencies_follow_the_kernel_tree_layouts_and_the_preludes()
    {
        var headers = new[]
        {
            IncludeDependencies.Scan("my.h", "my.h", UsesAsm),
            IncludeDependencies.Scan("arch/x86/include/uapi/asm/my.h", "x", string.Empty),
            IncludeDependencies.Scan("asm-arm64/asm/my.h", "y", string.Empty),
            IncludeDependencies.Scan("my/prelude.h", "z", string.Empty),
            IncludeDependencies.Scan("unrelated.h", "u", string.Empty),
        };

        var reached = IncludeDependencies.Closure("my.h", headers, ["my/prelude.h"]);

        Assert.Equal(["arch/x86/include/uapi/asm/my.h", "asm-arm64/asm/my.h", "my/prelude.h"], reached);
    }

    [Fact]
    public void Include_dependencies_walk_every_architectures_header_of_one_name()
    {
        var headers = new[]
        {
            IncludeDependencies.Scan("my.h", "my.h", UsesAsm),
            IncludeDependencies.Scan("asm/my.h", "x86/asm/my.h", "#include <x86-only.h>\n"),
            IncludeDependencies.Scan("asm/my.h", "arm64/asm/my.h", "#include <arm64-only.h>\n"),
            IncludeDependencies.Scan("x86-only.h", "x", string.Empty),
            IncludeDependencies.Scan("arm64-only.h", "a", string.Empty),
        };

        Assert.Equal(["arm64-only.h", "asm/my.h", "x86-only.h"], IncludeDependencies.Closure("my.h", headers));
    }

    private static HeaderText Header(string name, string text) => new(name, name, text);

    private static uint Value(HeaderModel model, string arch) => Assert.Single(model.Requests).Values.Single(v => v.Arch == arch).Value;

    private static HeaderModel Build(HeaderSetBuilder builder, params string[] architectures) =>
        HeaderModelBuilder.Build(Header("test/asm-user.h", UsesAsm), builder.Build(), architectures.Select(a => DataModels.Find(a)!).ToArray());
}
