using Nsfs.Headers.Sources;
using Xunit;

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
        IReadOnlyList<HeaderIncludes> headers =
        [
            IncludeDependencies.Scan("uapi/top.h", "/t", "#include \"middle.h\"\n#include <asm/ioctl.h>\n"),
            IncludeDependencies.Scan("uapi/middle.h", "/m", "#include <uapi/bottom.h>\n"),
            IncludeDependencies.Scan("uapi/bottom.h", "/b", "#include <uapi/top.h>\n"),
            IncludeDependencies.Scan("arch/mips/asm/ioctl.h", "/a", "#define X 1\n"),
            IncludeDependencies.Scan("asm-generic/ioctl.h", "/g", "#define X 1\n"),
            IncludeDependencies.Scan("uapi/unrelated.h", "/u", "#include <linux/types.h>\n"),
        ];

        Assert.Equal(["arch/mips/asm/ioctl.h", "asm-generic/ioctl.h", "uapi/bottom.h", "uapi/middle.h"], IncludeDependencies.Closure("uapi/top.h", headers));
        Assert.Equal(["arch/mips/asm/ioctl.h", "asm-generic/ioctl.h", "uapi/middle.h", "uapi/top.h"], IncludeDependencies.Closure("uapi/bottom.h", headers));
        Assert.Empty(IncludeDependencies.Closure("uapi/unrelated.h", headers));
    }

    [Fact]
    public void A_marked_header_reached_only_through_vendored_headers_is_a_dependency()
    {
        // my.h → vendored linux/ioctl.h → vendored arch/*/asm/ioctl.h → the marked asm-generic/ioctl.h, which shadows the vendored one.
        IReadOnlyList<HeaderIncludes> headers =
        [
            IncludeDependencies.Scan("my.h", "/my.h", "#include <linux/ioctl.h>\n#define MY_GET _IOR('m', 1, int)\n"),
            IncludeDependencies.Scan("asm-generic/ioctl.h", "/g", "#define _IOC_NRBITS 8\n"),
            IncludeDependencies.Scan("other.h", "/o", "#define X 1\n"),
        ];

        Assert.Equal(["asm-generic/ioctl.h"], IncludeDependencies.Closure("my.h", headers));
    }

    [Fact]
    public void A_computed_include_may_reach_every_header()
    {
        IReadOnlyList<HeaderIncludes> headers =
        [
            IncludeDependencies.Scan("computed.h", "/c", "#define WHICH <other.h>\n#include WHICH\n"),
            IncludeDependencies.Scan("other.h", "/o", "#define X 1\n"),
            IncludeDependencies.Scan("third.h", "/t", "#define Y 1\n"),
        ];

        Assert.True(headers[0].HasComputedInclude);
        Assert.Equal(["other.h", "third.h"], IncludeDependencies.Closure("computed.h", headers));
    }
}
