using System.Globalization;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Nsfs.Analyzers.Rules;

/// <summary>
/// NSFS0006: an integer literal passed as an ioctl request equals an nsfs/pidfd request number. A
/// literal is one architecture's encoding (0x8004b706 is NS_GET_PID_FROM_PIDNS on x86 and Arm, but
/// 0x4004b706 on powerpc and mips) and hides which request is meant. Only values some generated
/// request has are reported, so unrelated ioctls (TCGETS 0x5401, …) stay silent.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MagicRequestNumberAnalyzer() : IoctlCallAnalyzer(UsageRules.MagicRequestNumber)
{
    private protected override void Analyze(OperationAnalysisContext context, IoctlCall call, NsfsSymbols symbols)
    {
        if (!call.RequestIsLiteral
            || !RequestTable.TryNormalize(call.Request.Value.ConstantValue.Value, out uint value))
        {
            return;
        }

        var architectures = symbols.Requests.ForValue(value).Select(match => match.Architecture).Distinct().ToList();
        string encodings = architectures.Count > 4
            ? string.Join(", ", architectures.Take(4)) + $" and {architectures.Count - 4} more"
            : string.Join(", ", architectures);
        // The whole argument, so unchecked((int)0x…) is replaced together with its wrapper.
        var node = call.Request.Value.Syntax;
        while (node.Parent is CheckedExpressionSyntax or ParenthesizedExpressionSyntax)
        {
            node = node.Parent;
        }

        context.ReportDiagnostic(Diagnostic.Create(Rule, node.GetLocation(),
            RequestReplacement.For(call.Facts, call.Request.Parameter, call.Request),
            value.ToString("x", CultureInfo.InvariantCulture), call.Facts.Name, encodings, call.Facts.DisplayField));
    }
}
