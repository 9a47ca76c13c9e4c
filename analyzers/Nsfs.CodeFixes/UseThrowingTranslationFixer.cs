namespace Nsfs.CodeFixes;

/// <summary>
/// NSFS0002 on a discarded <c>Try…</c> call: <c>ns.TryGetPidFromNamespace(1, out int pid);</c> becomes
/// <c>int pid = ns.GetPidFromNamespace(1);</c>, so a pid that is not visible surfaces as
/// PidNotVisibleException instead of a silent 0. Offered only for a statement whose last argument
/// is the <c>out</c> one.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseThrowingTranslationFixer)), Shared]
public sealed class UseThrowingTranslationFixer() : NsfsCodeFixProvider(UsageRules.IgnoredTranslationFailure.Id)
{
    private const string Title = "Use the throwing form";

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (diagnostic.Properties.TryGetValue(IgnoredTranslationFailureAnalyzer.ThrowingFormProperty, out var name) && name is not null
                && root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is InvocationExpressionSyntax invocation
                && Rewrite(invocation, name) is { } rewrite)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(Title, _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(rewrite.Old, rewrite.New))), equivalenceKey: Title),
                    diagnostic);
            }
        }
    }

    private static (StatementSyntax Old, StatementSyntax New)? Rewrite(InvocationExpressionSyntax invocation, string name)
    {
        var statement = invocation.Parent switch
        {
            ExpressionStatementSyntax direct => direct,
            AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.Text: "_" }, Parent: ExpressionStatementSyntax discarded } => discarded,
            _ => null,
        };
        var arguments = invocation.ArgumentList.Arguments;
        if (statement is null || arguments.Count == 0 || !arguments.Last().RefKindKeyword.IsKind(SyntaxKind.OutKeyword))
        {
            return null;
        }

        var call = invocation
            .WithExpression(Rename(invocation.Expression, name))
            .WithArgumentList(invocation.ArgumentList.WithArguments(arguments.RemoveAt(arguments.Count - 1)));
        StatementSyntax replacement = arguments.Last().Expression switch
        {
            // out int pid → int pid = …;
            DeclarationExpressionSyntax { Designation: SingleVariableDesignationSyntax variable } declaration =>
                SyntaxFactory.LocalDeclarationStatement(SyntaxFactory.VariableDeclaration(declaration.Type,
                    SyntaxFactory.SingletonSeparatedList(SyntaxFactory.VariableDeclarator(variable.Identifier)
                        .WithInitializer(SyntaxFactory.EqualsValueClause(call))))),
            // out _ → just call it.
            IdentifierNameSyntax { Identifier.Text: "_" } => SyntaxFactory.ExpressionStatement(call),
            // out existing → existing = …;
            ExpressionSyntax target when target is not DeclarationExpressionSyntax =>
                SyntaxFactory.ExpressionStatement(SyntaxFactory.AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, target.WithoutTrivia(), call)),
            _ => null!,
        };
        return replacement is null
            ? null
            : (statement, replacement.WithTriviaFrom(statement).WithAdditionalAnnotations(Formatter.Annotation));
    }

    private static ExpressionSyntax Rename(ExpressionSyntax expression, string name) => expression switch
    {
        MemberAccessExpressionSyntax member => member.WithName(SyntaxFactory.IdentifierName(name).WithTriviaFrom(member.Name)),
        IdentifierNameSyntax identifier => SyntaxFactory.IdentifierName(name).WithTriviaFrom(identifier),
        _ => expression,
    };
}
