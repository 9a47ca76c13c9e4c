using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Nsfs.Analyzers;

namespace Nsfs.CodeFixes;

/// <summary>NSFS0007: replaces a per-architecture constant with the current-process value of the same request.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseCurrentArchitectureRequestFixer)), Shared]
public sealed class UseCurrentArchitectureRequestFixer : CodeFixProvider
{
    private const string Title = "Use the current-process request value";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIds.ArchitecturePinnedRequest);

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
