namespace Nsfs.Analyzers.Rules;

/// <summary>
/// NSFS0003: a pointer, reference or address passed to a request that takes its argument by value.
/// The PID-translation requests are declared <c>_IOR(NSIO, n, int)</c>, which reads like "pass an
/// <c>int*</c>", yet the kernel uses the argument itself as the pid: an address is looked up as a pid
/// and the call fails with ESRCH, or translates an unrelated process.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PointerToByValueRequestAnalyzer : NsfsAnalyzerBase
{
    internal static readonly DiagnosticDescriptor Rule = Describe(
        RuleIds.PointerToByValueRequest,
        "Pointer passed to a request that takes a value",
        "{0} takes its {1} argument by value despite its encoding {2}; pass the value itself, not {3}",
        DiagnosticSeverity.Warning,
        "The kernel reads the third ioctl argument of this request as a number, not as an address.");

    /// <summary>Creates the rule.</summary>
    public PointerToByValueRequestAnalyzer()
        : base(Rule, OperationKind.Invocation)
    {
    }

    private protected override void Analyze(OperationAnalysisContext context, NsfsSymbols symbols)
    {
        if (IoctlCall.TryCreate((IInvocationOperation)context.Operation, symbols) is not
            { Facts.Argument: IoctlArgumentKind.Value, Argument: { } argument } call)
        {
            return;
        }

        var shape = ArgumentShape.Of(argument);
        if (shape.Kind != ArgumentShapeKind.Pointer)
        {
            return;
        }

        // The fix passes the addressed variable itself, which only works when the parameter takes an integer.
        var additional = shape.Addressed is { } addressed && argument.Parameter is { RefKind: RefKind.None, Type: not IPointerTypeSymbol }
            ? new[] { addressed.Syntax.GetLocation() }
            : null;
        context.ReportDiagnostic(Diagnostic.Create(Rule, argument.Value.Syntax.GetLocation(), additional,
            call.Facts.Name, call.Facts.ArgumentType ?? "integer", call.Facts.Form,
            shape.ByReference ? "a reference" : "an address"));
    }
}
