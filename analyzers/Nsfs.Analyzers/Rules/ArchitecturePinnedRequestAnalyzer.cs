namespace Nsfs.Analyzers.Rules;

/// <summary>
/// NSFS0007: a per-architecture request constant (<c>LinuxNsfs.X64.NS_GET_ID</c>) issued as an ioctl.
/// The nested tables are for cross-architecture tools; on another architecture the number is a
/// different request or none (ENOTTY). Silent when the project itself is built for that one
/// architecture (<c>PlatformTarget</c>), where the constant is right by construction.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ArchitecturePinnedRequestAnalyzer : NsfsAnalyzerBase
{
    internal static readonly DiagnosticDescriptor Rule = Describe(
        RuleIds.ArchitecturePinnedRequest,
        "Architecture-specific request issued on any architecture",
        "{0} is the {1} encoding of {2}; code that runs on any architecture should use {3}",
        DiagnosticSeverity.Info,
        "Per-architecture request tables are for cross-architecture tools; an ioctl on the running machine needs the current-process value.");

    /// <summary>Creates the rule.</summary>
    public ArchitecturePinnedRequestAnalyzer()
        : base(Rule, OperationKind.Invocation)
    {
    }

    private protected override void Analyze(OperationAnalysisContext context, NsfsSymbols symbols)
    {
        if (IoctlCall.TryCreate((IInvocationOperation)context.Operation, symbols) is not { PinnedArchitecture: { } architecture } call
            || architecture == symbols.Compilation.Options.Platform.ToString()
            || ValueOrigins.WithoutConversions(call.Request.Value) is not IFieldReferenceOperation field)
        {
            return;
        }

        // The replacement keeps any cast around the constant, so only the field reference is replaced.
        var parameter = ReferenceEquals(field, call.Request.Value) ? call.Request.Parameter : null;
        context.ReportDiagnostic(Diagnostic.Create(Rule, field.Syntax.GetLocation(),
            RequestReplacement.For(call.Facts, parameter, field),
            field.Field.ContainingType.ContainingType.Name + "." + field.Field.ContainingType.Name + "." + field.Field.Name,
            architecture, call.Facts.Name, call.Facts.DisplayField));
    }
}
