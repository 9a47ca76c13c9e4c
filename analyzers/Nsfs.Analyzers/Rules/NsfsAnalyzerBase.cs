namespace Nsfs.Analyzers.Rules;

/// <summary>
/// The registration every rule shares: concurrent, generated code skipped, and nothing registered
/// unless the compilation references the Nsfs metadata (so projects without Nsfs pay nothing). A rule
/// reports one descriptor of <see cref="UsageRules"/>.
/// </summary>
public abstract class NsfsAnalyzerBase : DiagnosticAnalyzer
{
    private readonly ImmutableArray<OperationKind> _kinds;

    /// <summary>Creates a rule that reports <paramref name="rule"/> on operations of <paramref name="kinds"/>.</summary>
    private protected NsfsAnalyzerBase(DiagnosticDescriptor rule, params OperationKind[] kinds)
    {
        Rule = rule;
        SupportedDiagnostics = ImmutableArray.Create(rule);
        _kinds = ImmutableArray.Create(kinds);
    }

    /// <inheritdoc />
    public sealed override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    /// <summary>The one descriptor this rule reports.</summary>
    private protected DiagnosticDescriptor Rule { get; }

    /// <inheritdoc />
    public sealed override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (NsfsSymbols.Get(start.Compilation) is { } symbols)
            {
                start.RegisterOperationAction(operation => Analyze(operation, symbols), _kinds);
            }
        });
    }

    private protected abstract void Analyze(OperationAnalysisContext context, NsfsSymbols symbols);
}
