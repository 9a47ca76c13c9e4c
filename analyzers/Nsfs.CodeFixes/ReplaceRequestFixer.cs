namespace Nsfs.CodeFixes;

/// <summary>
/// NSFS0006 (a literal request number) and NSFS0007 (a per-architecture constant): writes the
/// expression the analyzer computed — the current-process request field, cast if the declaration
/// needs it — in place of the flagged one.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReplaceRequestFixer)), Shared]
public sealed class ReplaceRequestFixer() : NsfsCodeFixProvider([.. Titles.Keys])
{
    private static readonly ImmutableDictionary<string, string> Titles = ImmutableDictionary.CreateRange(new[]
    {
        new System.Collections.Generic.KeyValuePair<string, string>(UsageRules.MagicRequestNumber.Id, "Use the generated request constant"),
        new System.Collections.Generic.KeyValuePair<string, string>(UsageRules.ArchitecturePinnedRequest.Id, "Use the current-process request value"),
    });

    /// <inheritdoc />
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            var title = Titles[diagnostic.Id];
            context.RegisterCodeFix(CodeAction.Create(title, token => ReplaceAsync(context.Document, diagnostic, token), equivalenceKey: title), diagnostic);
        }

        return Task.CompletedTask;
    }

    private static async Task<Document> ReplaceAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var node = root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        if ((node is ArgumentSyntax argument ? argument.Expression : node) is not ExpressionSyntax flagged
            || !diagnostic.Properties.TryGetValue(RequestReplacement.Property, out var text) || text is null)
        {
            return document;
        }

        var replacement = SyntaxFactory.ParseExpression(text)
            .WithTriviaFrom(flagged)
            .WithAdditionalAnnotations(Formatter.Annotation);
        return document.WithSyntaxRoot(root!.ReplaceNode(flagged, replacement));
    }
}
