using System.Globalization;
using Microsoft.CodeAnalysis;

namespace Nsfs.Generator.Tests.Generator;

/// <summary>
/// A struct C# cannot represent (a member without a blittable type, or of a struct that has no C#
/// type here) gets only its per-architecture layout constants and a located NSFS1015 naming the
/// member and why; the generated code always compiles. A member whose struct another marked,
/// generated header declares uses that header's type.
/// </summary>
public sealed class UnrepresentableStructTests
{
    private const string Outer = """
        #include "b.h"
        /* A struct with a member of another header's struct. */
        struct outer {
        	struct inner x;
        	__u32 y;
        };
        """;

    private const string Inner = "#include <linux/types.h>\nstruct inner { __u32 a; __u32 b; };\n";

    [Fact]
    public void A_member_of_an_include_only_headers_struct_skips_the_struct_with_NSFS1015_at_its_line()
    {
        var (assembly, diagnostics) = GeneratorHarness.CompileAndLoad(
            [TestAdditionalFile.Header("/src/a.h", Outer, "a.h"), TestAdditionalFile.Header("/src/b.h", Inner, "b.h", generate: false)]);

        var diagnostic = AssertSkipped(diagnostics, "/src/a.h", line: 2, "outer", "x", "struct inner", "/src/b.h");
        Assert.Contains("not generated", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Null(assembly.GetType("Nsfs.Uapi.outer"));
        Assert.Equal(12, assembly.GetType("Nsfs.Uapi.A+X64+outer")!.GetField("SizeOf")!.GetRawConstantValue());
    }

    [Fact]
    public void A_member_of_a_generated_headers_struct_uses_that_headers_type()
    {
        var (assembly, diagnostics) = GeneratorHarness.CompileAndLoad(
            [TestAdditionalFile.Header("/src/a.h", Outer, "a.h"), TestAdditionalFile.Header("/src/b.h", Inner, "b.h")]);

        AssertHolds(assembly, diagnostics, "Nsfs.Uapi.outer", "x", "Nsfs.Uapi.inner", size: 12);
    }

    [Fact]
    public void A_public_struct_never_holds_an_internal_headers_struct()
    {
        var (assembly, diagnostics) = GeneratorHarness.CompileAndLoad([TestAdditionalFile.Header("/src/a.h", Outer, "a.h"), Marked("/src/b.h", Inner, "internal")]);

        var diagnostic = AssertSkipped(diagnostics, "/src/a.h", line: 2, "outer", "x", "struct inner", "internal");
        Assert.Null(assembly.GetType("Nsfs.Uapi.outer"));
        Assert.NotNull(assembly.GetType("Nsfs.Uapi.inner"));
    }

    [Fact]
    public void A_struct_whose_header_cannot_use_a_struct_it_holds_is_not_used_by_a_header_that_could()
    {
        // a.h (internal) holds b.h's struct, which holds c.h's: b.h is public and cannot hold c.h's
        // internal struct, so b.h has no C# struct outer_b, and a.h must not use one either.
        var a = Marked("/src/a.h", "#include \"b.h\"\nstruct outer_a {\n\tstruct outer_b x;\n};\n", "internal");
        var b = Marked("/src/b.h", "#include \"c.h\"\nstruct outer_b {\n\tstruct inner y;\n};\n", "public");
        var c = Marked("/src/c.h", Inner, "internal");
        var (assembly, diagnostics) = GeneratorHarness.CompileAndLoad([a, b, c]);

        AssertSkipped(diagnostics, "/src/b.h", line: 1, "outer_b", "y", "struct inner", "/src/c.h", "internal");
        AssertSkipped(diagnostics, "/src/a.h", line: 1, "outer_a", "x", "struct outer_b", "no C# type");
        Assert.Null(assembly.GetType("Nsfs.Uapi.outer_a"));
        Assert.Null(assembly.GetType("Nsfs.Uapi.outer_b"));
        Assert.NotNull(assembly.GetType("Nsfs.Uapi.inner"));
    }

    [Fact]
    public void A_member_of_a_struct_whose_tag_is_a_keyword_names_its_escaped_type()
    {
        const string header = "#include <linux/types.h>\nstruct lock { __u32 owner; };\nstruct holder {\n\tstruct lock held;\n\tstruct lock all[2];\n};\n";
        var (assembly, diagnostics) = GeneratorHarness.CompileAndLoad([TestAdditionalFile.Header("/src/lock.h", header)]);

        AssertHolds(assembly, diagnostics, "Nsfs.Uapi.holder", "held", "Nsfs.Uapi.lock", size: 12);
    }

    [Fact]
    public void A_member_whose_struct_is_named_like_a_generated_inline_array_uses_the_struct()
    {
        // C keeps struct tags apart from everything else; in C#, a bare b_Array inside struct x would
        // be x's own inline array type for its member b, not the header's struct b_Array.
        const string header = "#include <linux/types.h>\nstruct b_Array { __u32 v; };\nstruct x {\n\t__u32 b[2];\n\tstruct b_Array y;\n\tstruct b_Array z[2];\n};\n";
        var (assembly, diagnostics) = GeneratorHarness.CompileAndLoad([TestAdditionalFile.Header("/src/x.h", header)],
            new Dictionary<string, string> { ["Nsfs_Namespace"] = "My.Types" });

        AssertHolds(assembly, diagnostics, "My.Types.x", "y", "My.Types.b_Array", size: 20);
        var element = assembly.GetType("My.Types.x")!.GetField("z")!.FieldType.GetField("_element0", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;
        Assert.Equal(assembly.GetType("My.Types.b_Array"), element.FieldType);
    }

    [Theory]
    [InlineData("struct odd {\n\t__u32 low : 4;\n\t__u32 high : 28;\n};\n", "low", "__u32 : 4")]
    [InlineData("struct odd {\n\t__u32 n;\n\tstruct { __u32 a; } x;\n};\n", "x", "struct <anonymous>")]
    public void A_member_without_a_blittable_type_skips_the_struct_and_its_users_with_NSFS1015(string odd, string member, string cType)
    {
        var header = "#include <linux/types.h>\n" + odd + "struct user {\n\tstruct odd o;\n};\n";
        var (assembly, diagnostics) = GeneratorHarness.CompileAndLoad([new TestAdditionalFile("/src/odd.h", header, "header")]);

        AssertSkipped(diagnostics, "/src/odd.h", line: 1, "odd", member, cType, "blittable");
        AssertSkipped(diagnostics, "/src/odd.h", line: 1 + odd.Count(c => c == '\n'), "user", "o", "struct odd", "no C# type");
        Assert.Null(assembly.GetType("Nsfs.Uapi.odd"));
        Assert.Null(assembly.GetType("Nsfs.Uapi.user"));
    }

    // The holding struct compiled cleanly, its member of the held struct's own type, at the C size.
    private static void AssertHolds(System.Reflection.Assembly assembly, IEnumerable<Diagnostic> diagnostics, string holder, string member, string held, int size)
    {
        Assert.DoesNotContain(diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        var type = assembly.GetType(holder)!;
        Assert.Equal(assembly.GetType(held), type.GetField(member)!.FieldType);
        Assert.Equal(size, System.Runtime.InteropServices.Marshal.SizeOf(type));
    }

    private static TestAdditionalFile Marked(string path, string text, string visibility) =>
        new(path, text, "header", new Dictionary<string, string> { ["Nsfs_IncludeName"] = Path.GetFileName(path), ["Nsfs_Visibility"] = visibility });

    private static Diagnostic AssertSkipped(IEnumerable<Diagnostic> diagnostics, string path, int line, string structName, params string[] words)
    {
        var diagnostic = Assert.Single(diagnostics, d => d.Id == "NSFS1015" && d.GetMessage(CultureInfo.InvariantCulture).Contains($"struct {structName} ", StringComparison.Ordinal));
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal((path, line), (span.Path, span.StartLinePosition.Line)); // 0-based line
        var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        foreach (var word in words)
        {
            Assert.Contains(word, message, StringComparison.Ordinal);
        }

        return diagnostic;
    }
}
