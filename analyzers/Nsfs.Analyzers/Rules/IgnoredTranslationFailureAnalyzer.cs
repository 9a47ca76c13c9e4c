namespace Nsfs.Analyzers.Rules;

/// <summary>
/// NSFS0002: a pid translation's failure is ignored. A pid that is not visible on the other side is
/// an ordinary outcome (ESRCH), not an exceptional one: <c>Try…</c> returns false and leaves 0, the
/// raw request returns -1. Discarding the <c>bool</c>, using the raw result unchecked, or checking only
/// <c>== 0</c> treats that as a pid.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class IgnoredTranslationFailureAnalyzer()
    : NsfsAnalyzerBase(UsageRules.IgnoredTranslationFailure, OperationKind.Invocation)
{
    /// <summary>Diagnostic property: the name of the throwing form a code fix may call instead.</summary>
    internal const string ThrowingFormProperty = "ThrowingForm";

    private protected override void Analyze(OperationAnalysisContext context, NsfsSymbols symbols)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;

        // ns.TryGetPidFromNamespace(1, out int pid); — the bool is the only failure signal.
        if (SymbolEqualityComparer.Default.Equals(method.ContainingType, symbols.PidNamespace)
            && method.Name.StartsWith("Try", System.StringComparison.Ordinal)
            && method.ReturnType.SpecialType == SpecialType.System_Boolean
            && IsDiscarded(invocation))
        {
            var properties = ImmutableDictionary<string, string?>.Empty;
            string throwing = method.Name.Substring(3);
            if (!method.ContainingType.GetMembers(throwing).IsEmpty)
            {
                properties = properties.Add(ThrowingFormProperty, throwing);
            }

            context.ReportDiagnostic(Diagnostic.Create(Rule, invocation.Syntax.GetLocation(), properties,
                $"{method.ContainingType.Name}.{method.Name}",
                "it returns false when the pid is not visible (ESRCH) and the out value is then 0"));
            return;
        }

        if (IoctlCall.TryCreate(invocation, symbols) is { Facts.Result: IoctlResultKind.ProcessId } call
            && UncheckedUse(invocation) is { } problem)
        {
            context.ReportDiagnostic(Diagnostic.Create(Rule, invocation.Syntax.GetLocation(), call.Facts.Name, problem));
        }
    }

    private static bool IsDiscarded(IOperation operation)
    {
        var parent = operation.Parent;
        if (parent is ISimpleAssignmentOperation { Target: IDiscardOperation } discard)
        {
            parent = discard.Parent;
        }

        return parent is IExpressionStatementOperation;
    }

    /// <summary>Why the raw result is used as a pid without a failure check, or null when it is checked (or handed on).</summary>
    private static string? UncheckedUse(IOperation call)
    {
        var use = Outer(call);
        if (IsDiscarded(use))
        {
            return "the result (the pid, or -1 with errno ESRCH) is discarded";
        }

        switch (use.Parent)
        {
            case IBinaryOperation comparison:
                return ComparisonProblem(comparison, use);
            case IArgumentOperation or IInterpolationOperation:
                return "the result is used as a pid, but it is -1 (errno ESRCH) when the pid is not visible";
            case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                return LocalProblem(declarator.Symbol, use);
            case ISimpleAssignmentOperation assignment when assignment.Value == use && assignment.Target is ILocalReferenceOperation local:
                return LocalProblem(local.Local, use);
            default:
                // Returned, stored in a field, or anything else: the check is someone else's.
                return null;
        }
    }

    private static string? LocalProblem(ILocalSymbol local, IOperation use)
    {
        bool zeroChecked = false, usedUnchecked = false;
        foreach (var read in ValueOrigins.Reads(ValueOrigins.Root(use), local))
        {
            var outer = Outer(read);
            switch (outer.Parent)
            {
                case IBinaryOperation comparison when ComparisonProblem(comparison, outer) is null:
                case IIsPatternOperation or ISwitchOperation or ISwitchExpressionOperation:
                    // A relational test, a comparison with -1, or a pattern: the failure is handled somewhere.
                    return null;
                case IBinaryOperation:
                    zeroChecked = true;
                    break;
                case IReturnOperation:
                    // Handed to the caller, whose job the check becomes.
                    break;
                default:
                    usedUnchecked = true;
                    break;
            }
        }

        return zeroChecked
            ? "only 0 is treated as failure, but a failed translation returns -1 (errno ESRCH)"
            : usedUnchecked ? "the result is used as a pid, but it is -1 (errno ESRCH) when the pid is not visible" : null;
    }

    /// <summary>Relational tests and comparisons with a negative number are failure checks; <c>== 0</c>/<c>!= 0</c> alone is not.</summary>
    private static string? ComparisonProblem(IBinaryOperation comparison, IOperation side)
    {
        var other = comparison.LeftOperand == side ? comparison.RightOperand : comparison.LeftOperand;
        switch (comparison.OperatorKind)
        {
            case BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals
                when other.ConstantValue is { HasValue: true, Value: int zero } && zero == 0:
                return "only 0 is treated as failure, but a failed translation returns -1 (errno ESRCH)";
            default:
                return null;
        }
    }

    /// <summary>The operation that carries a value to its use, skipping conversions.</summary>
    private static IOperation Outer(IOperation operation)
    {
        while (operation.Parent is IConversionOperation conversion)
        {
            operation = conversion;
        }

        return operation;
    }
}
