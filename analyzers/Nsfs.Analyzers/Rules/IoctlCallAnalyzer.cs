namespace Nsfs.Analyzers.Rules;

/// <summary>
/// A rule about <c>ioctl(fd, request, arg)</c> calls alone: it sees only invocations that
/// <see cref="IoctlCall"/> reads as an ioctl with a known request.
/// </summary>
public abstract class IoctlCallAnalyzer : NsfsAnalyzerBase
{
    /// <summary>Creates a rule that reports <paramref name="rule"/> on ioctl calls.</summary>
    private protected IoctlCallAnalyzer(DiagnosticDescriptor rule)
        : base(rule, OperationKind.Invocation)
    {
    }

    private protected sealed override void Analyze(OperationAnalysisContext context, NsfsSymbols symbols)
    {
        if (IoctlCall.TryCreate((IInvocationOperation)context.Operation, symbols) is { } call)
        {
            Analyze(context, call, symbols);
        }
    }

    private protected abstract void Analyze(OperationAnalysisContext context, IoctlCall call, NsfsSymbols symbols);
}
