namespace Nsfs.Generator.Tests.Frontend;

/// <summary>
/// Struct layout per data model: padding, attributes, anonymous members, arrays and enums. Expected
/// offsets are worked out by hand from each ABI's alignments (i386 and m68k align 8-byte integers to 4 and 2).
/// </summary>
public sealed class LayoutTests
{
    [Theory]
    [InlineData("x64", 16, 8, 8)]
    [InlineData("arm", 16, 8, 8)]
    [InlineData("x86", 12, 4, 4)]
    [InlineData("m68k", 10, 2, 2)]
    public void A_long_long_after_a_char_is_aligned_as_the_ABI_says(string arch, int size, int align, int offset)
    {
        var layout = Layout("struct s { char c; long long x; };", "s", arch);

        Assert.Equal((size, align), (layout.Size, layout.Alignment));
        Assert.Equal([("c", 0), ("x", offset)], Offsets(layout));
    }

    [Theory]
    [InlineData("x64", 24, 8, 16)]
    [InlineData("x86", 12, 4, 8)]
    [InlineData("m68k", 10, 2, 6)]
    public void Pointers_have_the_models_size_and_alignment(string arch, int size, int data, int fn)
    {
        var layout = Layout("struct p { char c; void *ptr; int (*fn)(int); };", "p", arch);

        Assert.Equal([("c", 0), ("ptr", data), ("fn", fn)], Offsets(layout));
        Assert.Equal(size, layout.Size);
    }

    [Theory]
    [InlineData("x86")]
    [InlineData("m68k")]
    public void Aligned_attributes_raise_member_and_struct_alignment(string arch)
    {
        const string text = """
            struct m { int a; __u64 b __attribute__((aligned(8))); };
            struct t { int a; __aligned_u64 b; };
            struct r { char c; } __attribute__((aligned(16)));
            """;

        foreach (var tag in new[] { "m", "t" })
        {
            var layout = Layout(text, tag, arch);
            Assert.Equal((16, 8), (layout.Size, layout.Alignment));
            Assert.Equal([("a", 0), ("b", 8)], Offsets(layout));
        }

        Assert.Equal((16, 16), (Layout(text, "r", arch).Size, Layout(text, "r", arch).Alignment));
    }

    [Fact]
    public void Packed_structs_have_no_padding_in_either_attribute_position()
    {
        const string text = """
            struct __attribute__((packed)) before { char c; int i; short s; };
            struct after { char c; int i; short s; } __attribute__((__packed__));
            """;

        foreach (var tag in new[] { "before", "after" })
        {
            var layout = Layout(text, tag, "x64");
            Assert.Equal((7, 1), (layout.Size, layout.Alignment));
            Assert.Equal([("c", 0), ("i", 1), ("s", 5)], Offsets(layout));
        }
    }

    [Theory]
    [InlineData("x64", 24, 8, 16)]
    [InlineData("x86", 16, 4, 12)]
    public void Anonymous_unions_and_structs_are_flattened_into_the_outer_struct(string arch, int size, int union, int tail)
    {
        const string text = """
            struct e {
                int kind;
                union { int i; long long l; struct { short lo, hi; }; };
                int tail;
            };
            """;

        var layout = Layout(text, "e", arch);

        Assert.Equal(size, layout.Size);
        Assert.Equal([("kind", 0), ("i", union), ("l", union), ("lo", union), ("hi", union + 2), ("tail", tail)], Offsets(layout));
    }

    [Fact]
    public void Arrays_nested_structs_and_flexible_members_are_laid_out_in_order()
    {
        const string text = """
            struct inner { char c; short s; };
            struct f { char name[13]; int n; unsigned short v[3]; struct inner in; char t; int data[]; };
            """;

        var layout = Layout(text, "f", "x64");

        Assert.Equal([("name", 0), ("n", 16), ("v", 20), ("in", 26), ("t", 30), ("data", 32)], Offsets(layout));
        Assert.Equal((32, 4), (layout.Size, layout.Alignment));
    }

    [Fact]
    public void Enums_take_explicit_values_and_count_on_from_them()
    {
        const string text = """
            enum g { G0 = 5, G1, G2 = 0x10, G3, G4 = G1 + G3 };
            enum big { BIG = 0x100000000ULL };
            struct u { char c; enum g e; };
            struct w { char c; enum big b; };
            """;

        var model = TestHeaders.Build(text, "x86");

        var g = model.Enums.Single(e => e.Name == "g");
        var x86 = Nsfs.Headers.Types.DataModels.Find("x86")!;
        var underlying = CSharpLiterals.EnumUnderlyingType(g, x86);
        Assert.Equal(["G0=0x5", "G1=0x6", "G2=0x10", "G3=0x11", "G4=0x17"],
            g.Members.Select(m => $"{m.Name}={CSharpLiterals.EnumLiteral(m, underlying, x86)}"));
        // An enum is int-sized unless a value needs 64 bits (then it is aligned like long long: 4 on i386).
        Assert.Equal((8, 4), (Layout(model, "u").Size, Offsets(Layout(model, "u"))[1].Offset));
        Assert.Equal((12, 4), (Layout(model, "w").Size, Offsets(Layout(model, "w"))[1].Offset));
    }

    [Theory]
    [InlineData("x64", 16, 8)]
    [InlineData("x86", 8, 4)]
    public void Typedefs_declared_in_the_header_name_their_types(string arch, int size, int offset)
    {
        const string text = """
            typedef unsigned long my_ulong;
            typedef struct { short s; } pair_t, *pair_ptr;
            struct td { pair_t p; my_ulong n; };
            #define TD_SIZE sizeof(struct td)
            #define PTR_SIZE sizeof(pair_ptr)
            """;

        var layout = Layout(text, "td", arch);

        Assert.Equal([("p", 0), ("n", offset)], Offsets(layout));
        Assert.Equal((ulong)size, TestHeaders.Constant(text, "TD_SIZE", arch).Raw);
        Assert.Equal((ulong)TestHeaders.Model(arch).PointerSize, TestHeaders.Constant(text, "PTR_SIZE", arch).Raw);
    }

    private static ArchStructLayout Layout(string text, string tag, string arch) => Layout(TestHeaders.Build(text, arch), tag);

    private static ArchStructLayout Layout(HeaderModel model, string tag)
    {
        Assert.Empty(model.Diagnostics);
        return model.Structs.Single(s => s.Name == tag).Layouts.Single();
    }

    private static (string Field, int Offset)[] Offsets(ArchStructLayout layout) => layout.Offsets.Select(o => (o.Field, o.Offset)).ToArray();
}
