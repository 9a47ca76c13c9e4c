namespace Nsfs.Generator.Tests.Frontend;

/// <summary>
/// Undeclared names: 0 in #if (C11 6.10.1p4), a failure anywhere else — even where short-circuited, as
/// in C. Only a request that fails is an error; any other macro is left out with a quiet, off-by-default NSFS1014.
/// </summary>
public sealed class UndeclaredIdentifierTests
{
    [Theory]
    [InlineData("1 ? 2 : UNDECLARED")]
    [InlineData("0 && UNDECLARED")]
    [InlineData("UNDECLARED")]
    public void An_undeclared_name_in_a_constant_is_a_quiet_info(string expression)
    {
        var (model, diagnostic) = BuildWithOneDiagnostic($"#define C ({expression})\n");

        Assert.Empty(model.Constants);
        Assert.Equal(("NSFS1014", HeaderDiagnosticSeverity.Info), (diagnostic.Id, diagnostic.Severity));
        Assert.False(DiagnosticIds.NotAConstant.IsEnabledByDefault);
        Assert.Contains("UNDECLARED", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1 ? 2 : UNDECLARED")]
    [InlineData("UNDECLARED")]
    public void An_undeclared_name_in_a_request_is_an_error_at_the_request(string expression)
    {
        var (model, diagnostic) = BuildWithOneDiagnostic($"#include <linux/ioctl.h>\n#define REQ _IOR(0xb7, ({expression}), int)\n");

        Assert.Empty(model.Requests);
        Assert.Equal(("NSFS1004", HeaderDiagnosticSeverity.Error, 2), (diagnostic.Id, diagnostic.Severity, diagnostic.Location.Line));
        Assert.Contains("REQ", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("UNDECLARED", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undeclared_name_in_if_is_zero()
    {
        var model = TestHeaders.Build("#if UNDECLARED || !UNDECLARED\n#define C 1\n#endif\n", "x64");

        Assert.Empty(model.Diagnostics);
        Assert.Equal("C", Assert.Single(model.Constants).Name);
    }

    private static (HeaderModel Model, HeaderDiagnostic Diagnostic) BuildWithOneDiagnostic(string text)
    {
        var model = TestHeaders.Build(text, "x64");
        return (model, Assert.Single(model.Diagnostics));
    }
}
