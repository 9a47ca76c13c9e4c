namespace Nsfs.Analyzers.Rules;

/// <summary>
/// NSFS0005: the buffer passed to a pointer request is not the size the request encodes, e.g. an
/// <c>int*</c> for NS_GET_MNTNS_ID's <c>__u64</c>. The kernel copies the encoded size regardless, so a
/// smaller buffer overwrites the caller's neighbouring memory and a larger one leaves part of it
/// unwritten (the wrong half on big-endian machines).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BufferSizeMismatchAnalyzer() : IoctlCallAnalyzer(UsageRules.BufferSizeMismatch)
{
    private protected override void Analyze(OperationAnalysisContext context, IoctlCall call, NsfsSymbols symbols)
    {
        if (call is not { Facts: { TakesPointer: true, BufferSize: > 0 } facts, Argument: { } argument })
        {
            return;
        }

        var shape = ArgumentShape.Of(argument);
        if (shape is not { Kind: ArgumentShapeKind.Pointer, Pointee: { } pointee })
        {
            return;
        }

        // The generated struct for the request's own C type has the right size by construction.
        if (facts.ArgumentType is { } cType && StripTag(cType) == pointee.Name)
        {
            return;
        }

        if (NativeSize.Of(pointee) is { } size && size != facts.BufferSize)
        {
            context.ReportDiagnostic(Diagnostic.Create(Rule, argument.Value.Syntax.GetLocation(), facts.Name, facts.BufferSize,
                facts.ArgumentType ?? "buffer", pointee.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat), size));
        }
    }

    private static string StripTag(string cType) =>
        cType.StartsWith("struct ", System.StringComparison.Ordinal) ? cType.Substring(7)
        : cType.StartsWith("union ", System.StringComparison.Ordinal) ? cType.Substring(6)
        : cType;
}
