namespace Nsfs.Generator.Tests.Sources;

/// <summary>The one header-set recipe: the caller's roots before the vendored set, and companions taken only from the provider that holds the header.</summary>
public sealed class HeaderSetTests
{
    private const string NsfsHeader = "#include <linux/ioctl.h>\n#define NSIO 0xb7\n#define NS_GET_USERNS _IO(NSIO, 0x1)\n";

    [Fact]
    public void A_users_header_shadows_the_vendored_copy_and_does_not_borrow_its_facts()
    {
        var mine = new HeaderText("linux/nsfs.h", "/src/linux/nsfs.h", NsfsHeader);
        var headers = new HeaderSetBuilder().AddHeaders([mine]).Build();

        Assert.Same(mine, headers.Find("linux/nsfs.h"));
        Assert.Null(headers.Companion(mine, CompanionFiles.FactsSuffix));
        Assert.Null(Assert.Single(HeaderModelBuilder.Build(mine, headers).Requests).Facts);
    }

    [Fact]
    public void A_facts_file_beside_the_header_is_its_companion()
    {
        var mine = new HeaderText("linux/nsfs.h", "/src/linux/nsfs.h", NsfsHeader);
        var facts = new HeaderText(CompanionFiles.FactsOf("linux/nsfs.h"), CompanionFiles.FactsOf("/src/linux/nsfs.h"), "request NS_GET_USERNS arg=none result=fd ns=user\n");
        var headers = new HeaderSetBuilder().AddHeaders([mine, facts]).Build();

        var request = Assert.Single(HeaderModelBuilder.Build(mine, headers).Requests);
        Assert.Equal("fd", request.Facts?.Result);
    }

    [Fact]
    public void The_vendored_headers_come_with_their_own_facts()
    {
        var headers = new HeaderSetBuilder().Build();
        var nsfs = headers.Find("linux/nsfs.h")!;

        Assert.Equal("<vendored>/linux/nsfs.h.facts", headers.Companion(nsfs, CompanionFiles.FactsSuffix)?.DisplayPath);
        Assert.Contains(HeaderModelBuilder.Build(nsfs, headers).Requests, r => r.Facts is not null);
    }

    [Theory]
    [InlineData("/src/uapi/linux/my.h", "/src/uapi", null, "linux/my.h")]
    [InlineData("/src/uapi/linux/my.h", "uapi/", "/src", "linux/my.h")]
    [InlineData("/src/uapi/linux/my.h", "../src/uapi", "/other", "linux/my.h")]
    [InlineData("/src/./uapi/linux/my.h", "/src/uapi/", null, "linux/my.h")]
    [InlineData("/src/elsewhere/my.h", "/src/uapi", null, "my.h")]
    public void The_include_name_is_the_path_under_the_first_root_that_holds_it(string path, string root, string? baseDirectory, string expected)
    {
        Assert.Equal(expected, IncludeNames.For(path, [root], baseDirectory));
    }
}
