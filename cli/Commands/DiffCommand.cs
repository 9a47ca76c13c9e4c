using System.CommandLine;
using System.Text;
using Nsfs.Cli.Commands.Abi;
using Nsfs.Headers.Baseline;
using Nsfs.Headers.Types;

namespace Nsfs.Cli.Commands;

/// <summary>
/// <c>nsfs diff OLD NEW [--arch A] [--format table|json]</c>: the ioctl ABI changes between two
/// versions of a header (files, include roots, or a <c>.shipped.txt</c> baseline as OLD), each
/// classed breaking, compatible or added. Exit codes: 0 nothing breaks, 1 (<see cref="ExitCode.Error"/>)
/// something breaks, 2 usage error, 4–10 an input cannot be read (docs/cli.md).
/// </summary>
internal static class DiffCommand
{
    public static Command Create(CliContext context)
    {
        var older = new Argument<string>("old") { Description = "The old header file, include root (e.g. a copy of headers/) or <header>.shipped.txt baseline." };
        var newer = new Argument<string>("new") { Description = "The new header file or include root." };
        var arch = ArchitectureOption.Create("Compare on this architecture only and show its values (default: compare on all, show x64 values).", allowsAll: false);
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("diff", "Show the ioctl ABI changes between two versions of a header; exit 1 when anything breaks.")
        {
            older,
            newer,
            arch,
            format,
        };
        command.SetAction(parseResult => (int)CommandRunner.RunReadingInputs(context, () =>
        {
            var architectures = parseResult.GetValue(arch) is { } name ? ArchitectureOption.Resolve(name) : DataModels.All;
            var diffs = AbiDiff.Run(parseResult.GetValue(older)!, parseResult.GetValue(newer)!, architectures, context.Error);
            var shown = architectures[0].Name;
            if (parseResult.GetValue(format) == "json")
            {
                using var buffer = new MemoryStream();
                AbiDiffWriter.WriteJson(buffer, diffs, shown);
                context.Out.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
            }
            else
            {
                AbiDiffWriter.WriteTable(context.Out, diffs, shown);
            }

            var breaking = diffs.SelectMany(d => d.Changes).Any(c => c.Class == AbiChangeClass.Breaking);
            return breaking ? ExitCode.Error : ExitCode.Ok;
        }));
        return command;
    }
}
