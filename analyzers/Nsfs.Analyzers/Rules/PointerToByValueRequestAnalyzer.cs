namespace Nsfs.Analyzers.Rules;

/// <summary>
/// NSFS0003: a pointer, reference or address passed to a request that takes its argument by value.
/// The PID-translation requests are declared <c>_IOR(NSIO, n, int)</c>, which reads like "pass an
/// <c>int*</c>", yet the kernel uses the argument itself as the pid: an address is looked up as a pid
/// and the call fails with ESRCH, or translates an unrelated process.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PointerToByValueRequestAnalyzer() : IoctlCallAnalyzer(UsageRules.PointerToByValueRequest)
{
    private protected override void Analyze(OperationAnalysisContext context, IoctlCall call, NsfsSymbols symbols)
    {
        if (call is not { Facts.Argument: IoctlArgumentKind.Value, Argument: { } argument })
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
