namespace Nsfs.Generator.Tests.Frontend;

/// <summary>An ioctl field that does not fit its bit field on an architecture is NSFS1006, judged by that architecture's own _IOC_*BITS.</summary>
public sealed class FieldRangeTests
{
    [Fact]
    public void A_size_of_8_KiB_overflows_the_13_bit_size_field_of_powerpc_mips_sparc_and_alpha_only()
    {
        const string header = "#include <linux/ioctl.h>\nstruct big { __u8 data[8192]; };\n#define MY_BIG _IOR('m', 1, struct big)\n";

        var generic = TestHeaders.Build(header, "x64", "arm64");
        var model = TestHeaders.Build(header, "x64", "ppc64le", "mips", "sparc", "alpha");

        Assert.Equal(0x80006d01U | (8192U << 16) & 0x3fff0000U, generic.Requests.Single().Values[0].Value & 0xffffffffU);
        Assert.Empty(model.Requests);
        var failing = model.Diagnostics.Where(d => d.Id == "NSFS1006").ToList();
        Assert.Equal(4, failing.Count);
        Assert.All(failing, d => Assert.Equal((3, 9), (d.Location.Line, d.Location.Column)));
        Assert.Contains(failing, d => d.Message.Contains("size 8192 does not fit in 13 bits on ppc64le", StringComparison.Ordinal));
    }

    [Fact]
    public void A_number_above_255_overflows_everywhere()
    {
        var model = TestHeaders.Build("#include <linux/ioctl.h>\n#define MY_NR _IO('m', 256)\n", "x64");

        Assert.Empty(model.Requests);
        var diagnostic = Assert.Single(model.Diagnostics);
        Assert.Equal("NSFS1006", diagnostic.Id);
        Assert.Contains("nr 256 does not fit in 8 bits on x64", diagnostic.Message, StringComparison.Ordinal);
    }
}
