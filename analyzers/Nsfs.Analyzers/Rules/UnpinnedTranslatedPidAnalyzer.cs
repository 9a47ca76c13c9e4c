namespace Nsfs.Analyzers.Rules;

/// <summary>
/// NSFS0008: a pid that came out of a translation is used to act on a process (signal it, open it
/// with Process.GetProcessById, open its <c>/proc/&lt;pid&gt;</c> files or namespaces) without a pidfd
/// pinning it. Between the translation and the action the process can exit and its pid be reused,
/// so the action hits an unrelated process. Silent when the same method pins that pid (PidFd.Open,
/// PidRef.Pin, …), which is how the race is closed.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnpinnedTranslatedPidAnalyzer()
    : NsfsAnalyzerBase(UsageRules.UnpinnedTranslatedPid, OperationKind.Invocation, OperationKind.Interpolation, OperationKind.Binary)
{
    // libc calls whose first argument is the pid they act on.
    private static readonly ImmutableHashSet<string> SignalFunctions = ImmutableHashSet.Create("kill", "tgkill", "tkill", "sigqueue");

    private protected override void Analyze(OperationAnalysisContext context, NsfsSymbols symbols)
    {
        switch (context.Operation)
        {
            case IInvocationOperation invocation when ActsOnPid(invocation.TargetMethod, symbols) is { } sink
                && FirstArgument(invocation) is { } pid:
                Check(context, symbols, pid, sink);
                break;

            // $"/proc/{pid}/…"
            case IInterpolationOperation hole when hole.Parent is IInterpolatedStringOperation text
                && text.Parts.Length > 0 && text.Parts[0] is IInterpolatedStringTextOperation { Text.ConstantValue.Value: string prefix }
                && prefix.EndsWith("/proc/", StringComparison.Ordinal)
                && text.Parts.Length > 1 && text.Parts[1] == hole:
                Check(context, symbols, hole.Expression, "the /proc path");
                break;

            // "/proc/" + pid + …
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, LeftOperand.ConstantValue.Value: string left } concatenation
                when left.EndsWith("/proc/", StringComparison.Ordinal):
                Check(context, symbols, concatenation.RightOperand, "the /proc path");
                break;
        }
    }

    private static IOperation? FirstArgument(IInvocationOperation invocation)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Ordinal == 0)
            {
                return argument.Value;
            }
        }

        return null;
    }

    /// <summary>How messages name a call that acts on the pid in its first argument, or null.</summary>
    private static string? ActsOnPid(IMethodSymbol method, NsfsSymbols symbols)
    {
        if (method.Parameters.Length == 0 || method.Parameters[0].Type.SpecialType != SpecialType.System_Int32)
        {
            return null;
        }

        if (method is { IsStatic: true, Name: "GetProcessById" } && SymbolEqualityComparer.Default.Equals(method.ContainingType, symbols.Process))
        {
            return "Process.GetProcessById";
        }

        // NamespaceHandle.Open(pid, …) and the typed XNamespace.Open(pid) open /proc/<pid>/ns/…:
        // with a recycled pid they return another process's namespace (pin, then PidRef.OpenNamespace).
        if (method is { IsStatic: true, Name: "Open" } && NsfsSymbols.DerivesFrom(method.ContainingType, symbols.NamespaceHandle))
        {
            return method.ContainingType.Name + ".Open";
        }

        return method.IsStatic && SignalFunctions.Contains(method.Name) ? method.Name : null;
    }

    private void Check(OperationAnalysisContext context, NsfsSymbols symbols, IOperation pid, string sink)
    {
        var value = ValueOrigins.WithoutConversions(pid);
        string? source = Source(value, symbols, 0);
        if (source is null || (ValueOrigins.Variable(value) is { } variable && IsPinned(ValueOrigins.Root(value), variable, symbols)))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(Rule, pid.Syntax.GetLocation(), source, sink));
    }

    /// <summary>The translation a pid came from (e.g. <c>PidNamespace.GetPidFromNamespace</c>), or null.</summary>
    private static string? Source(IOperation value, NsfsSymbols symbols, int depth)
    {
        value = ValueOrigins.WithoutConversions(value);
        switch (value)
        {
            case IInvocationOperation invocation when SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, symbols.PidNamespace)
                && invocation.TargetMethod.ReturnType.SpecialType == SpecialType.System_Int32:
                return "PidNamespace." + invocation.TargetMethod.Name;
            case IInvocationOperation invocation when IoctlCall.TryCreate(invocation, symbols) is { Facts.Result: IoctlResultKind.ProcessId } call:
                return call.Facts.Name;
            case IArgumentOperation { Parent: IInvocationOperation tryCall }
                when SymbolEqualityComparer.Default.Equals(tryCall.TargetMethod.ContainingType, symbols.PidNamespace):
                return "PidNamespace." + tryCall.TargetMethod.Name;
        }

        if (depth < 4 && ValueOrigins.Variable(value) is { } variable
            && ValueOrigins.TryGetWrites(ValueOrigins.Root(value), variable, out var writes))
        {
            string? agreed = null;
            foreach (var write in writes)
            {
                if (Source(write, symbols, depth + 1) is not { } source)
                {
                    return null;
                }

                agreed ??= source;
            }

            return agreed;
        }

        return null;
    }

    /// <summary>Whether the method hands the pid to PidFd or PidRef (pidfd_open), which is how the race is closed.</summary>
    private static bool IsPinned(IOperation root, ISymbol variable, NsfsSymbols symbols)
    {
        foreach (var read in ValueOrigins.Reads(root, variable))
        {
            var use = read;
            while (use.Parent is IConversionOperation conversion)
            {
                use = conversion;
            }

            if (use.Parent is IArgumentOperation { Parent: IInvocationOperation call }
                && (SymbolEqualityComparer.Default.Equals(call.TargetMethod.ContainingType, symbols.PidFd)
                    || SymbolEqualityComparer.Default.Equals(call.TargetMethod.ContainingType, symbols.PidRef)))
            {
                return true;
            }
        }

        return false;
    }
}
