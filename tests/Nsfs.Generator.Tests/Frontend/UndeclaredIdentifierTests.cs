using Xunit;

namespace Nsfs.Generator.Tests.Frontend;

/// <summary>Undeclared names: 0 in #if (C11 6.10.1p4), an error anywhere else — even where short-circuited, as in C.</summary>
public sealed class UndeclaredIdentifierTests
{
    [Theory]
    [InlineData("1 ? 2 : UNDECLARED")]
    [InlineData("0 && UNDECLARED")]
    [InlineData("UNDECLARED")]
    public void An_undeclared_name_in_a_definition_is_reported(string expression)
    {
        var model = TestHeaders.Build($"#define C ({expression})\n", "x64");

        Assert.Empty(model.Constants);
        var diagnostic = Assert.Single(model.Diagnostics);
        Assert.Equal("NSFS1004", diagnostic.Id);
        Assert.Contains("UNDECLARED", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undeclared_name_in_if_is_zero()
    {
        var model = TestHeaders.Build("#if UNDECLARED || !UNDECLARED\n#define C 1\n#endif\n", "x64");

        Assert.Empty(model.Diagnostics);
        Assert.Equal("C", Assert.Single(model.Constants).Name);
    }
}
