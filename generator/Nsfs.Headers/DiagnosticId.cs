namespace Nsfs.Headers;

/// <summary>One entry of the diagnostic catalogue (<see cref="DiagnosticIds"/>): everything a Roslyn descriptor or a cli message needs.</summary>
/// <param name="Code">The id, <c>NSFS1001</c>.</param>
/// <param name="Title">The one-line title (also the heading of its docs/rules page).</param>
/// <param name="DefaultSeverity">The severity it is reported with unless configured otherwise.</param>
/// <param name="Category">The Roslyn category: <see cref="DiagnosticIds.HeaderCategory"/> or <see cref="DiagnosticIds.AbiCategory"/>.</param>
/// <param name="IsEnabledByDefault">False for a quiet rule a project turns on in <c>.editorconfig</c> when it wants it.</param>
public sealed record DiagnosticId(string Code, string Title, HeaderDiagnosticSeverity DefaultSeverity, string Category, bool IsEnabledByDefault = true)
{
    /// <summary>The rule's documentation page, under the repository address the build records.</summary>
    public string HelpLink => RuleHelpLinks.For(Code);
}
