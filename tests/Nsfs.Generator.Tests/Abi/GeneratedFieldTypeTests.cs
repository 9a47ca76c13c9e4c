using Nsfs.Generator.Tests.Frontend;

namespace Nsfs.Generator.Tests.Abi;

/// <summary>
/// Which members of the C the front end now reads become C# fields: a struct gets a C# type only
/// when every member has a blittable equivalent, otherwise per-architecture constants alone.
/// </summary>
public sealed class GeneratedFieldTypeTests
{
    [Fact]
    public void Float_and_double_members_are_float_and_double_fields()
    {
        var model = TestHeaders.Build("struct sample { float f; double d[2]; __u32 n; };", "x64", "arm64");

        var sample = Assert.Single(model.Structs);
        Assert.Equal(["float", "double", "uint"], sample.Fields.Select(f => CSharpType(f)));
        Assert.True(sample.IsUniform);
    }

    [Theory]
    [InlineData("struct odd { __u32 low : 4; __u32 high : 28; };", "low", "__u32 : 4")]
    [InlineData("struct odd { __u32 n; long double x; };", "x", "long double")]
    [InlineData("struct odd { __u64 n; unsigned __int128 x; };", "x", "unsigned __int128")]
    public void A_member_without_a_blittable_type_has_no_CSharp_type(string text, string field, string cType)
    {
        var model = TestHeaders.Build(text, "x64", "arm64");

        var member = Assert.Single(Assert.Single(model.Structs).Fields, f => f.Name == field);
        Assert.Null(CSharpType(member));
        Assert.Equal(cType, member.CType);
    }

    [Fact]
    public void A_typedef_that_lowers_alignment_keeps_its_integer_field_type()
    {
        var model = TestHeaders.Build(
            "typedef unsigned long __attribute__((aligned(4))) packed_ulong;\nstruct req { __u32 id; packed_ulong mask[2]; };", "x64");

        var req = Assert.Single(model.Structs);
        Assert.Equal([0, 4], req.Fields.Select(f => f.Offset));
        Assert.Equal(20, req.Layouts[0].Size);
        Assert.Equal("nuint", CSharpType(req.Fields[1]));
    }

    // The C# type the generator's emitter gives the field on x64.
    private static string? CSharpType(FieldModel field) => Nsfs.Generator.CSharpLiterals.FieldType(field.Element, DataModels.Find("x64")!, "Nsfs.Uapi");
}
