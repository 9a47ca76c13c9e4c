using Nsfs.Generator.Tests.Frontend;

namespace Nsfs.Generator.Tests.Abi;

/// <summary>
/// The C the ABI layouts accept is checked against clang in <see cref="AbiLayoutTests"/>; these are the
/// constructs clang rejects too, each of which must be a located diagnostic rather than a guess.
/// </summary>
public sealed class CLanguageDiagnosticsTests
{
    [Theory]
    [InlineData("x86")]
    [InlineData("arm")]
    [InlineData("mips")]
    public void Int128_on_a_32_bit_target_is_reported_where_it_is_used(string arch)
    {
        var analysis = TestHeaders.Analyze("struct wide { __u64 low; unsigned __int128 value; };", arch);

        var diagnostic = Assert.Single(analysis.Diagnostics, d => d.Id == DiagnosticIds.Unsupported.Code);
        Assert.Contains($"does not exist on {arch}", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(1, diagnostic.Location.Line);
        Assert.Empty(analysis.Structs);
    }

    [Fact]
    public void Int128_on_a_64_bit_target_is_laid_out()
    {
        var analysis = TestHeaders.Analyze("struct wide { __u64 low; unsigned __int128 value; };", "arm64");

        var layout = Assert.Single(analysis.Structs);
        Assert.Equal((32, 16), (layout.Size, layout.Align));
    }

    [Theory]
    [InlineData("struct s { __u8 wide : 9; };", "NSFS1008", "not between 0 and 8")]
    [InlineData("struct s { int named : 0; };", "NSFS1008", "zero width")]
    [InlineData("struct s { int negative : -1; };", "NSFS1008", "not between 0 and 32")]
    [InlineData("struct s { void *p : 3; };", "NSFS1001", "non-integer type")]
    [InlineData("struct s { double d : 3; };", "NSFS1001", "non-integer type")]
    public void A_bit_field_clang_rejects_is_an_error_at_the_member(string text, string id, string message)
    {
        var analysis = TestHeaders.Analyze(text, "x64");

        var diagnostic = Assert.Single(analysis.Diagnostics, d => d.Severity == HeaderDiagnosticSeverity.Error);
        Assert.Equal(id, diagnostic.Id);
        Assert.Contains(message, diagnostic.Message, StringComparison.Ordinal);
        Assert.Empty(analysis.Structs);
    }

    [Theory]
    [InlineData("#pragma pack(3)\nstruct s { int i; };", "must be 1, 2, 4, 8 or 16")]
    [InlineData("struct s { float double f; };", "Invalid type specifiers with 'double'")]
    [InlineData("struct s { short double f; };", "Invalid type specifiers with 'double'")]
    [InlineData("struct s { long __int128 v; };", "Invalid type specifiers with '__int128'")]
    public void Invalid_type_and_pragma_spellings_are_errors(string text, string message)
    {
        var analysis = TestHeaders.Analyze(text, "x64");

        Assert.Contains(analysis.Diagnostics, d => d.Severity == HeaderDiagnosticSeverity.Error && d.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_pointer_to_an_unknown_or_unsupported_pointee_is_still_a_pointer()
    {
        var analysis = TestHeaders.Analyze("struct s { char c; struct nowhere *p; unsigned __int128 *wide; long double *ld; };", "x86");

        var layout = Assert.Single(analysis.Structs);
        Assert.Equal((16, 4), (layout.Size, layout.Align));
        Assert.Equal([0L, 32L, 64L, 96L], layout.Fields.Select(f => f.BitOffset));
    }
}
