using System.Runtime.InteropServices;

namespace Nsfs.Generator.Tests.Generator;

/// <summary>
/// An anonymous enum's members are constants, and get what constants get: a value per architecture
/// where it differs, the current process's value from the running architecture, and members the
/// header declares on some architectures only are generated there alone.
/// </summary>
public sealed class ArchitectureDependentEnumeratorTests
{
    private const string Header = """
        #include <linux/ioctl.h>
        #define MY_GET _IOR('m', 1, int)
        enum {
        	MY_WORD = __SIZEOF_LONG__,
        	MY_FIXED = 3,
        };
        #ifdef __aarch64__
        enum { MY_ARM64_ONLY = 9 };
        #endif
        """;

    [Fact]
    public void A_member_whose_value_differs_has_a_value_per_architecture_and_the_current_one()
    {
        var generated = Generate();

        Assert.Equal(8, Constant(generated, "X64", "MY_WORD"));
        Assert.Equal(4, Constant(generated, "Arm", "MY_WORD"));
        Assert.Equal(4, Constant(generated, "X86", "MY_WORD"));
        Assert.Equal(IntPtr.Size, generated.GetField("MY_WORD")!.GetValue(null));
        Assert.Equal(3, generated.GetField("MY_FIXED")!.GetRawConstantValue());
    }

    [Fact]
    public void A_member_declared_on_some_architectures_only_is_generated_there_alone()
    {
        var generated = Generate();

        Assert.Equal(9, Constant(generated, "Arm64", "MY_ARM64_ONLY"));
        Assert.Null(generated.GetNestedType("X64")!.GetField("MY_ARM64_ONLY"));
        PartlyDefinedConstantTests.AssertCurrent(generated, "MY_ARM64_ONLY", RuntimeInformation.ProcessArchitecture == Architecture.Arm64 ? 9 : null);
    }

    [Fact]
    public void A_tagged_enum_whose_values_differ_is_NSFS1018_at_it_and_not_generated_with_one_architectures_values()
    {
        const string tagged = "enum my_kind {\n\tMY_KIND_FIXED = 1,\n\tMY_KIND_WORD = __SIZEOF_LONG__,\n};\nenum my_same { MY_SAME_A = 1 };\n";
        var (assembly, diagnostics) = GeneratorHarness.CompileAndLoad([TestAdditionalFile.Header("/src/kinds.h", tagged)]);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(("NSFS1018", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning), (diagnostic.Id, diagnostic.Severity));
        Assert.Equal(("/src/kinds.h", 0), (diagnostic.Location.GetLineSpan().Path, diagnostic.Location.GetLineSpan().StartLinePosition.Line));
        var message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("enum my_kind", message, StringComparison.Ordinal);
        Assert.Contains("MY_KIND_WORD", message, StringComparison.Ordinal);
        Assert.Contains("8 on x64", message, StringComparison.Ordinal);
        Assert.Contains("4 on x86", message, StringComparison.Ordinal);
        Assert.Null(assembly.GetType("Nsfs.Uapi.my_kind"));
        Assert.NotNull(assembly.GetType("Nsfs.Uapi.my_same"));
    }

    [Fact]
    public void A_tagged_enum_with_members_some_architectures_lack_is_NSFS1018_naming_the_member_and_where_it_is_missing()
    {
        // x64 is the first architecture read: the member it (and x32, also __x86_64__) lacks is still found and named.
        const string tagged = "enum my_extra {\n\tMY_EXTRA_A = 1,\n#ifndef __x86_64__\n\tMY_EXTRA_B = 2,\n#endif\n};\n";
        var (assembly, diagnostics) = GeneratorHarness.CompileAndLoad([TestAdditionalFile.Header("/src/extra.h", tagged)]);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("NSFS1018", diagnostic.Id);
        Assert.Equal("enum my_extra is not generated: MY_EXTRA_B is not declared on x64, x32", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Null(assembly.GetType("Nsfs.Uapi.my_extra"));
    }

    [Fact]
    public void An_anonymous_enum_that_fails_on_some_architectures_gives_no_constant_on_the_others()
    {
        // Off x64, MY_SIZED is the size of an incomplete struct: that architecture reports the error and
        // has none of the enum's members, so no member may appear as an x64-only constant either.
        const string header = """
            #define MY_KEPT 1
            #ifdef __x86_64__
            struct only_x64 { int a; };
            #endif
            enum {
            	MY_BEFORE = 1,
            	MY_SIZED = sizeof(struct only_x64),
            	MY_AFTER = 3,
            };
            """;
        var (assembly, diagnostics) = GeneratorHarness.CompileAndLoad([TestAdditionalFile.Header("/src/sized.h", header)]);

        Assert.Contains(diagnostics, d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error && d.Location.GetLineSpan().StartLinePosition.Line == 6);
        var generated = assembly.GetTypes().Single(t => !t.IsNested && t.GetField("MY_KEPT") is not null);
        foreach (var name in new[] { "MY_BEFORE", "MY_SIZED", "MY_AFTER" })
        {
            Assert.Empty(generated.GetMember(name));
            Assert.Null(generated.GetNestedType("X64")!.GetField(name));
        }
    }

    private static object? Constant(Type generated, string architecture, string name) =>
        generated.GetNestedType(architecture)!.GetField(name)!.GetRawConstantValue();

    private static Type Generate()
    {
        var (assembly, diagnostics) = GeneratorHarness.CompileAndLoad([TestAdditionalFile.Header("/src/my.h", Header)]);
        Assert.Empty(diagnostics);
        return assembly.GetTypes().Single(t => !t.IsNested && t.GetField("MY_GET") is not null);
    }
}
