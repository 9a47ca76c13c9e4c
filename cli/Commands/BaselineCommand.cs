using System.CommandLine;
using System.Text;
using Nsfs.Cli.Commands.Abi;
using Nsfs.Headers;
using Nsfs.Headers.Baseline;
using Nsfs.Headers.Sources;
using Nsfs.Headers.Types;

namespace Nsfs.Cli.Commands;

/// <summary>
/// <c>nsfs baseline accept HEADER...</c>: writes (or refreshes) each header's ABI baseline
/// <c>&lt;header&gt;.shipped.txt</c>, listing the changes it accepts. Exit codes: 0 written or
/// unchanged, 1 (<see cref="ExitCode.Error"/>) a header has errors or its baseline cannot be written,
/// 2 usage error, 4–10 a header cannot be read (7: it is a directory; docs/cli.md).
/// </summary>
internal static class BaselineCommand
{
    public static Command Create(CliContext context)
    {
        var headers = new Argument<string[]>("header") { Description = "Header files whose baseline to accept.", Arity = ArgumentArity.OneOrMore };
        var accept = new Command("accept", "Accept the current ioctl ABI of each header into <header>.shipped.txt.") { headers };
        accept.SetAction(parseResult =>
        {
            var worst = ExitCode.Ok;
            foreach (var header in parseResult.GetValue(headers)!)
            {
                var code = CommandRunner.RunReadingInputs(context, () => Accept(context, header));
                worst = code > worst ? code : worst;
            }

            return (int)worst;
        });
        return new Command("baseline", "Manage ioctl ABI baselines (<header>.shipped.txt), the reviewed record of what shipped.") { accept };
    }

    private static ExitCode Accept(CliContext context, string header)
    {
        var input = HeaderInput.Open(header);
        if (!input.IsFile)
        {
            throw new InputFileException(header, ExitCode.InputIsDirectory, "is a directory; name header files");
        }

        var model = input.BuildFile(DataModels.All);
        var errors = model.Diagnostics.Where(d => d.Severity == HeaderDiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            // A request that failed to evaluate would silently drop out of the baseline.
            errors.ForEach(e => context.Error.WriteLine(e.ToString()));
            context.Error.WriteLine($"nsfs: {header} has errors; its baseline was not written.");
            return ExitCode.Error;
        }

        var path = CompanionFiles.BaselineOf(header);
        var text = AbiBaseline.Write(model);
        var previous = InputFile.ReadTextIfExists(path);
        if (previous == text)
        {
            context.Out.WriteLine($"{path}: unchanged ({model.Requests.Count} requests)");
            return ExitCode.Ok;
        }

        if (previous is not null)
        {
            foreach (var change in AbiComparer.Compare(AbiBaseline.Parse(path, previous).Requests, model))
            {
                context.Out.WriteLine($"  {AbiDiffWriter.ClassName(change.Class)} {AbiDiffWriter.KindName(change.Kind)} {change.Name}: {change.Detail}");
            }
        }

        try
        {
            File.WriteAllText(path, text, new UTF8Encoding(false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The output, not an input: not one of the input exit codes.
            context.Error.WriteLine($"nsfs: cannot write {path}: {e.Message}");
            return ExitCode.Error;
        }

        context.Out.WriteLine($"{path}: {(previous is null ? "written" : "updated")} ({model.Requests.Count} requests)");
        return ExitCode.Ok;
    }
}
