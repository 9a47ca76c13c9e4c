namespace Nsfs.Generator.Tests.Sources;

/// <summary>
/// Which marked headers a header's job depends on: every include it could take on any architecture
/// (a superset), never one it cannot, so an edit elsewhere leaves its job equal.
/// </summary>
public sealed class IncludeDependenciesTests
{
    [Fact]
    public void Includes_are_read_whatever_the_conditionals_around_them()
    {
        var scan = IncludeDependencies.Scan("a/x.h", "a/x.h", "#ifdef __x86_64__\n# include <linux/one.h>\n#else\n#include \"two.h\"\n#endif\n#include_next <three.h>\nint include;\n");

        Assert.Equal(
            [new IncludeReference("linux/one.h", Quoted: false), new IncludeReference("two.h", Quoted: true), new IncludeReference("three.h", Quoted: false)],
            scan.References);
        Assert.False(scan.HasComputedInclude);
    }

    [Fact]
    public void The_closure_follows_quoted_siblings_asm_mappings_and_chains_and_stops_at_cycles()
    {
        var headers = Marked(
            ("uapi/top.h", "#include \"middle.h\"\n#include <asm/ioctl.h>\n"),
            ("uapi/middle.h", "#include <uapi/bottom.h>\n"),
            ("uapi/bottom.h", "#include <uapi/top.h>\n"),
            ("arch/mips/asm/ioctl.h", "#define X 1\n"),
            ("asm-generic/ioctl.h", "#define X 1\n"),
            ("uapi/unrelated.h", "#include <linux/types.h>\n"));

        Assert.Equal(["arch/mips/asm/ioctl.h", "asm-generic/ioctl.h", "uapi/bottom.h", "uapi/middle.h"], IncludeDependencies.Closure("uapi/top.h", headers));
        Assert.Equal(["arch/mips/asm/ioctl.h", "asm-generic/ioctl.h", "uapi/middle.h", "uapi/top.h"], IncludeDependencies.Closure("uapi/bottom.h", headers));
        Assert.Empty(IncludeDependencies.Closure("uapi/unrelated.h", headers));
    }

    [Fact]
    public void A_marked_header_reached_only_through_vendored_headers_is_a_dependency()
    {
        // my.h → vendored linux/ioctl.h → vendored arch/*/asm/ioctl.h → the marked asm-generic/ioctl.h, which shadows the vendored one.
        var headers = Marked(
            ("my.h", "#include <linux/ioctl.h>\n#define MY_GET _IOR('m', 1, int)\n"),
            ("asm-generic/ioctl.h", "#define _IOC_NRBITS 8\n"),
            ("other.h", "#define X 1\n"));

        Assert.Equal(["asm-generic/ioctl.h"], IncludeDependencies.Closure("my.h", headers));
    }

    [Fact]
    public void A_computed_include_may_reach_every_header()
    {
        var headers = Marked(
            ("computed.h", "#define WHICH <other.h>\n#include WHICH\n"),
            ("other.h", "#define X 1\n"),
            ("third.h", "#define Y 1\n"));

        Assert.True(headers[0].HasComputedInclude);
        Assert.Equal(["other.h", "third.h"], IncludeDependencies.Closure("computed.h", headers));
    }

    // Marked headers by include name and text, each read as the generator reads it.
    private static List<HeaderIncludes> Marked(params (string IncludeName, string Text)[] headers) =>
        headers.Select(h => IncludeDependencies.Scan(h.IncludeName, "/src/" + h.IncludeName, h.Text)).ToList();
}
