using Nsfs.Headers;
using Nsfs.Headers.Baseline;
using Nsfs.Headers.Model;
using Nsfs.Headers.Types;

namespace Nsfs.Cli.Commands.Abi;

/// <summary>
/// Pairs the headers of the two sides of <c>nsfs diff</c> and compares each pair. Two files are
/// compared with each other whatever their names; otherwise headers pair by include name, and one
/// present on a single side counts as all added or all removed. Headers without requests on
/// either side are left out. OLD may also be a <c>.shipped.txt</c> baseline.
/// </summary>
internal static class AbiDiff
{
    public const string BaselineSuffix = ".shipped.txt";

    /// <summary>Compares <paramref name="oldPath"/> with <paramref name="newPath"/>; header errors go to <paramref name="messages"/>.</summary>
    /// <exception cref="IOException">An input cannot be read.</exception>
    public static IReadOnlyList<HeaderDiff> Run(string oldPath, string newPath, IReadOnlyList<DataModel> architectures, TextWriter messages)
    {
        var newer = HeaderInput.Open(newPath);
        if (oldPath.EndsWith(BaselineSuffix, StringComparison.Ordinal) && File.Exists(oldPath))
        {
            if (!newer.IsFile)
            {
                throw new ArgumentException($"A baseline ({oldPath}) can only be compared with one header file, not a directory.");
            }

            var baseline = AbiBaseline.Parse(oldPath, InputFile.ReadText(oldPath));
            Report(baseline.Diagnostics, messages);
            var model = Checked(newer.BuildFile(architectures), messages);
            return [new HeaderDiff(model.IncludeName, AbiComparer.Compare(baseline.Requests, model))];
        }

        var older = HeaderInput.Open(oldPath);
        if (older.IsFile && newer.IsFile)
        {
            var model = Checked(newer.BuildFile(architectures), messages);
            return [new HeaderDiff(model.IncludeName, AbiComparer.Compare(Checked(older.BuildFile(architectures), messages), model))];
        }

        var diffs = new List<HeaderDiff>();
        foreach (var name in older.IncludeNames.Union(newer.IncludeNames).Order(StringComparer.Ordinal))
        {
            var oldModel = older.Build(name, architectures) is { } o ? Checked(o, messages) : null;
            var newModel = newer.Build(name, architectures) is { } n ? Checked(n, messages) : null;
            if ((oldModel?.Requests.Count ?? 0) == 0 && (newModel?.Requests.Count ?? 0) == 0)
            {
                continue;
            }

            var oldRequests = oldModel?.Requests.Select(AbiRequest.From).ToList() ?? [];
            diffs.Add(new HeaderDiff(name, AbiComparer.Compare(oldRequests, newModel ?? Empty(name, architectures))));
        }

        return diffs;
    }

    /// <summary>Prints a model's errors (a request that failed to evaluate would otherwise look removed).</summary>
    private static HeaderModel Checked(HeaderModel model, TextWriter messages)
    {
        // Collisions are part of the diff itself; warnings and infos (a missing <linux/fcntl.h>) are noise here.
        Report(model.Diagnostics.Where(d => d.Severity == HeaderDiagnosticSeverity.Error && d.Id != DiagnosticIds.DuplicateRequest.Code), messages);
        return model;
    }

    private static void Report(IEnumerable<HeaderDiagnostic> diagnostics, TextWriter messages)
    {
        foreach (var diagnostic in diagnostics)
        {
            messages.WriteLine(diagnostic.ToString());
        }
    }

    private static HeaderModel Empty(string includeName, IReadOnlyList<DataModel> architectures) =>
        new(includeName, includeName, architectures.Select(a => a.Name).ToEquatableArray(), default, default, default, default, default);
}
