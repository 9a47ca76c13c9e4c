namespace Nsfs.Analyzers.Rules;

/// <summary>
/// NSFS0001: a handle whose namespace type is known at compile time reaches a request or typed API
/// for another type. The kernel answers EINVAL (PID translation on a non-pid handle, NS_GET_OWNER_UID
/// on a non-user one, NS_MNT_* on a non-mount one); the typed API throws before it gets there.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class WrongNamespaceTypeAnalyzer()
    : NsfsAnalyzerBase(UsageRules.WrongNamespaceType, OperationKind.Invocation, OperationKind.Conversion)
{
    private protected override void Analyze(OperationAnalysisContext context, NsfsSymbols symbols)
    {
        if (context.Operation is IConversionOperation conversion)
        {
            // (PidNamespace)NamespaceHandle.Open(pid, NamespaceType.Mount)
            if (!conversion.IsImplicit && symbols.KindOfType(conversion.Type) is { } wanted
                && !SymbolEqualityComparer.Default.Equals(conversion.Operand.Type, conversion.Type)
                && NamespaceKindInference.KindOf(conversion.Operand, symbols) is { } actual && actual != wanted)
            {
                Report(context, conversion.Syntax, "The cast to " + conversion.Type!.Name, wanted, actual, "it throws InvalidCastException");
            }

            return;
        }

        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;

        // handle.As<PidNamespace>() on a handle known to be another type.
        if (method is { Name: "As", IsGenericMethod: true, TypeArguments.Length: 1 }
            && SymbolEqualityComparer.Default.Equals(method.ContainingType, symbols.NamespaceHandle)
            && symbols.KindOfType(method.TypeArguments[0]) is { } asWanted
            && invocation.Instance is { } instance
            && NamespaceKindInference.KindOf(instance, symbols) is { } asActual && asActual != asWanted)
        {
            Report(context, invocation.Syntax, $"As<{method.TypeArguments[0].Name}>()", asWanted, asActual,
                "it throws NamespaceTypeMismatchException");
            return;
        }

        // PidNamespace.OpenPath("/proc/self/ns/mnt"): the typed factories are declared once on the
        // generic base, so the typed class is the one they return.
        if (method is { IsStatic: true, Name: "OpenPath" } && symbols.KindOfType(method.ReturnType) is { } pathWanted
            && invocation.Arguments.FirstOrDefault() is { Value.ConstantValue: { HasValue: true, Value: string path } } pathArgument
            && NamespaceKinds.FromPath(path) is { } pathActual && pathActual != pathWanted)
        {
            Report(context, pathArgument.Syntax, method.ReturnType.Name + ".OpenPath", pathWanted, pathActual,
                "it throws NamespaceTypeMismatchException");
            return;
        }

        // ioctl(mountFd, NS_GET_PID_FROM_PIDNS, pid)
        if (IoctlCall.TryCreate(invocation, symbols) is { Facts.NamespaceTypes.IsEmpty: false } call
            && NamespaceKindInference.KindOf(call.Fd.Value, symbols) is { } fdKind
            && !call.Facts.NamespaceTypes.Contains(fdKind))
        {
            Report(context, call.Fd.Syntax, call.Facts.Name,
                string.Join(" or ", call.Facts.NamespaceTypes.Select(NamespaceKinds.Describe)), fdKind, "the kernel answers EINVAL");
        }
    }

    private void Report(OperationAnalysisContext context, SyntaxNode node, string what, string wanted, string actual, string consequence) =>
        context.ReportDiagnostic(Diagnostic.Create(Rule, node.GetLocation(), what,
            wanted.Contains(" or ") ? wanted : NamespaceKinds.Describe(wanted), NamespaceKinds.Describe(actual), consequence));
}
