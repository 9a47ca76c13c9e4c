namespace Nsfs.Analyzers.Rules;

/// <summary>
/// NSFS0004: an integer (or 0) passed where the kernel writes or reads through a pointer, e.g.
/// NS_GET_OWNER_UID, which is declared <c>_IO</c> yet writes a uid through its argument. The kernel
/// then writes to whatever address the number happens to be: EFAULT at best, silent corruption of
/// the caller's memory at worst.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ValueToPointerRequestAnalyzer() : IoctlCallAnalyzer(UsageRules.ValueToPointerRequest)
{
    private protected override void Analyze(OperationAnalysisContext context, IoctlCall call, NsfsSymbols symbols)
    {
        if (!call.Facts.TakesPointer)
        {
            return;
        }

        // A call without a third argument passes nothing: the kernel reads whatever is in the register.
        var shape = call.Argument is { IsImplicit: false } argument ? ArgumentShape.Of(argument) : default;
        if (call.Argument is { IsImplicit: false } && shape.Kind is not (ArgumentShapeKind.Value or ArgumentShapeKind.Zero))
        {
            return;
        }

        string verb = call.Facts.Argument switch
        {
            IoctlArgumentKind.PointerIn => "reads",
            IoctlArgumentKind.PointerInOut => "reads and writes",
            _ => "writes",
        };
        var location = call.Argument is { IsImplicit: false } given ? given.Syntax.GetLocation() : call.Invocation.Syntax.GetLocation();
        context.ReportDiagnostic(Diagnostic.Create(Rule, location, call.Facts.Name, verb, call.Facts.ArgumentType ?? "value",
            call.Facts.BufferSize, call.Argument is null || shape.Kind == ArgumentShapeKind.Zero ? "a null pointer" : "an integer value"));
    }
}
