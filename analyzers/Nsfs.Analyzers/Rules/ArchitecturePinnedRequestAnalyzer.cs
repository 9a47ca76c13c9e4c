namespace Nsfs.Analyzers.Rules;

/// <summary>
/// NSFS0007: a per-architecture request constant (<c>LinuxNsfs.X64.NS_GET_ID</c>) issued as an ioctl.
/// The nested tables are for cross-architecture tools; on another architecture the number is a
/// different request or none (ENOTTY). Silent when the project itself is built for that one
/// architecture (<c>PlatformTarget</c>), where the constant is right by construction.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ArchitecturePinnedRequestAnalyzer() : IoctlCallAnalyzer(UsageRules.ArchitecturePinnedRequest)
{
    private protected override void Analyze(OperationAnalysisContext context, IoctlCall call, NsfsSymbols symbols)
    {
        if (call.PinnedArchitecture is not { } architecture
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
