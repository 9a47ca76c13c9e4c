namespace Nsfs.CodeFixes;

/// <summary>
/// NSFS0003: <c>(nint)(&amp;pid)</c> → <c>pid</c>. Offered only when the analyzer found the addressed
/// variable and the parameter takes an integer (its additional location), so the value converts.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PassValueNotPointerFixer)), Shared]
public sealed class PassValueNotPointerFixer() : NsfsCodeFixProvider(UsageRules.PointerToByValueRequest.Id)
{
    private const string Title = "Pass the value, not its address";

    /// <inheritdoc />
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics.Where(d => d.AdditionalLocations.Count == 1))
        {
            context.RegisterCodeFix(
                CodeAction.Create(Title, token => FixAsync(context.Document, diagnostic, token), equivalenceKey: Title),
                diagnostic);
        }

        return Task.CompletedTask;
    }

    private static async Task<Document> FixAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax argument
            || root.FindNode(diagnostic.AdditionalLocations[0].SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax variable)
        {
            return document;
        }

        var replacement = variable.WithoutTrivia().WithTriviaFrom(argument).WithAdditionalAnnotations(Formatter.Annotation);
        return document.WithSyntaxRoot(root.ReplaceNode(argument, replacement));
    }
}
