using Nsfs.Headers.Model;

namespace Nsfs.Headers.Baseline;

/// <summary>
/// The generator's entry point: compares a header with its committed <c>.shipped.txt</c> baseline
/// and reports each change as a located diagnostic (NSFS1101 to NSFS1107).
/// </summary>
public static class AbiBaselineCheck
{
    /// <summary>
    /// Diagnostics for every ABI change of <paramref name="model"/> against the baseline, and for
    /// every malformed baseline line. Collisions are not repeated here: the model already carries
    /// them as <see cref="DiagnosticIds.DuplicateRequest"/>.
    /// </summary>
    /// <param name="model">The header as built now.</param>
    /// <param name="baselinePath">The baseline's path, used to locate removals and malformed lines.</param>
    /// <param name="baselineText">The baseline's text.</param>
    public static IReadOnlyList<HeaderDiagnostic> Compare(HeaderModel model, string baselinePath, string baselineText)
    {
        if (model is null)
        {
            throw new ArgumentNullException(nameof(model));
        }

        var baseline = AbiBaseline.Parse(baselinePath, baselineText);
        var diagnostics = new List<HeaderDiagnostic>(baseline.Diagnostics);
        foreach (var change in AbiComparer.Compare(baseline.Requests, model).Where(c => c.Kind != AbiChangeKind.Collision))
        {
            diagnostics.Add(ToDiagnostic(change, model.IncludeName, baselinePath));
        }

        return diagnostics;
    }

    /// <summary>The diagnostic for one change: its id follows the change kind.</summary>
    public static HeaderDiagnostic ToDiagnostic(AbiChange change, string includeName, string baselinePath)
    {
        if (change is null)
        {
            throw new ArgumentNullException(nameof(change));
        }

        const string Accept = "; if intended, accept it with `nsfs baseline accept`";
        var was = change.Old is { } old ? $" (baseline: {old.Form})" : string.Empty;
        return change.Kind switch
        {
            AbiChangeKind.Renumbered => HeaderDiagnostic.Create(DiagnosticIds.BaselineRenumbered, change.Location,
                $"{change.Name} was renumbered: {change.Detail}{was}; binaries built against the baseline send a request this header no longer defines{Accept}"),
            AbiChangeKind.DirectionChanged => HeaderDiagnostic.Create(DiagnosticIds.BaselineDirectionChanged, change.Location,
                $"{change.Name} changed direction: {change.Detail}{was}; its request value differs from the one binaries built against the baseline send{Accept}"),
            AbiChangeKind.SizeChanged => HeaderDiagnostic.Create(DiagnosticIds.BaselineSizeChanged, change.Location,
                $"{change.Name} changed size: {change.Detail}{was}; its request value differs from the one binaries built against the baseline send{Accept}"),
            AbiChangeKind.ExtensibleGrowth => HeaderDiagnostic.Create(DiagnosticIds.BaselineExtensibleGrowth, change.Location,
                $"{change.Name} grew compatibly: {change.Detail}{Accept}"),
            AbiChangeKind.Removed => HeaderDiagnostic.Create(DiagnosticIds.BaselineRemoved, change.Location,
                $"{change.Name} is in {baselinePath} but {includeName} no longer defines it{Accept}"),
            AbiChangeKind.Added => HeaderDiagnostic.Create(DiagnosticIds.BaselineAdded, change.Location,
                $"{change.Name} is not in the ABI baseline yet: {change.New?.FactsText}{Accept}"),
            _ => HeaderDiagnostic.Create(DiagnosticIds.DuplicateRequest, change.Location, $"{change.Name}: {change.Detail}"),
        };
    }
}
