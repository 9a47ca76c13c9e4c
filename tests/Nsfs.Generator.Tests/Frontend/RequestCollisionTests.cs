namespace Nsfs.Generator.Tests.Frontend;

/// <summary>NSFS1007: only two different requests on one (type, nr) collide; the kernel's aliases, compat pairs and direction variants do not.</summary>
public sealed class RequestCollisionTests
{
    [Theory]
    [InlineData("x64")]
    [InlineData("x86")]
    [InlineData("x64", "x86", "arm64", "ppc64le", "mips")]
    public void A_compat_pair_is_not_a_collision_on_any_architecture_set(params string[] architectures)
    {
        // As in linux/fs.h: the 32-bit compat request shares its nr with the native one sized by long.
        var model = Build("#define FS_IOC_GETFLAGS _IOR('f', 1, long)\n#define FS_IOC32_GETFLAGS _IOR('f', 1, int)\n", architectures);

        Assert.Equal(2, model.Requests.Count);
        Assert.True(model.Requests.Single(r => r.Name == "FS_IOC_GETFLAGS").SizeFollowsDataModel);
        Assert.False(model.Requests.Single(r => r.Name == "FS_IOC32_GETFLAGS").SizeFollowsDataModel);
        Assert.Empty(model.Diagnostics);
    }

    [Fact]
    public void A_size_that_follows_the_word_size_through_a_struct_or_pointer_is_seen()
    {
        var model = Build("struct s { void *p; };\n#define A _IOW('f', 1, struct s)\n#define B _IOW('f', 2, __u64)\n", "x64");

        Assert.True(model.Requests.Single(r => r.Name == "A").SizeFollowsDataModel);
        Assert.False(model.Requests.Single(r => r.Name == "B").SizeFollowsDataModel);
    }

    [Fact]
    public void An_alias_is_not_a_collision() =>
        Assert.Empty(Build("#define A _IOR('f', 3, int)\n#define B A\n#define C _IOR('f', 3, int)\n", "x64", "x86").Diagnostics);

    [Fact]
    public void Direction_variants_of_one_request_are_not_a_collision() =>
        Assert.Empty(Build("#define READ_RATE _IOR('P', 2, int)\n#define SPEED _IOWR('P', 2, int)\n", "x64").Diagnostics);

    [Theory]
    [InlineData("#define A _IO(0xb7, 0x5)\n#define B _IOR(0xb7, 0x5, int)\n")]
    [InlineData("#define A _IOR(0xb7, 0x5, __u64)\n#define B _IOR(0xb7, 0x5, int)\n")]
    [InlineData("#define A _IOR(0xb7, 0x5, long)\n#define B _IOW(0xb7, 0x5, int)\n")]
    public void Two_different_requests_on_one_number_collide_at_the_second(string text)
    {
        var model = Build(text, "x64", "x86");

        var error = Assert.Single(model.Diagnostics);
        Assert.Equal((DiagnosticIds.DuplicateRequest.Code, 4), (error.Id, error.Location.Line));
        Assert.StartsWith("B reuses type 0xb7 nr 0x5 of A", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_requests_that_collide_are_named_in_a_group_that_also_holds_an_alias()
    {
        var model = Build("#define A _IOR(0xb7, 1, int)\n#define A2 A\n#define B _IOW(0xb7, 1, __u64)\n", "x64");

        var group = Assert.Single(Nsfs.Headers.Analysis.RequestCollisions.Find(model.Requests));
        Assert.Equal(["A", "A2", "B"], group.Select(r => r.Name));
        var error = Assert.Single(model.Diagnostics);
        Assert.StartsWith("B reuses type 0xb7 nr 0x1 of A:", error.Message, StringComparison.Ordinal);
    }

    private static HeaderModel Build(string text, params string[] architectures) =>
        TestHeaders.Build("#include <linux/ioctl.h>\n#include <linux/types.h>\n" + text, architectures);
}
