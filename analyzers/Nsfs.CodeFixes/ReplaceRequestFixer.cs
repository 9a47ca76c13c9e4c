using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Nsfs.Analyzers.Rules;

namespace Nsfs.CodeFixes;

/// <summary>
/// Shared by the NSFS0006 and NSFS0007 fixes: writes the expression the analyzer computed (the
/// current-process request field, cast if the declaration needs it) in place of the flagged one.
/// </summary>
internal static class ReplaceRequestFixer
{
    public static async Task<Document> ReplaceAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
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
