using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Nsfs.Analyzers;

namespace Nsfs.CodeFixes;

/// <summary>NSFS0006: replaces a literal request number with the generated current-process constant.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseRequestConstantFixer)), Shared]
public sealed class UseRequestConstantFixer : CodeFixProvider
{
    private const string Title = "Use the generated request constant";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIds.MagicRequestNumber);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            context.RegisterCodeFix(
                CodeAction.Create(Title, token => ReplaceRequestFixer.ReplaceAsync(context.Document, diagnostic, token), equivalenceKey: Title),
                diagnostic);
        }

        return Task.CompletedTask;
    }
}
