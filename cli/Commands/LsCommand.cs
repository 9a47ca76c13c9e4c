using System.CommandLine;
using System.Text;
using Nsfs.Cli.Listing;
using Nsfs.Uapi;

namespace Nsfs.Cli.Commands;

/// <summary><c>nsfs ls [--type T] [--json]</c>: every namespace a visible process is in, like lsns.</summary>
internal static class LsCommand
{
    public static Command Create(CliContext context)
    {
        var type = new Option<string?>("--type", "-t") { Description = "Only namespaces of this type." };
        type.AcceptOnlyFromAmong(NamespaceTypeNames.All.Select(NamespaceTypeNames.GetProcName).ToArray());
        var json = new Option<bool>("--json", "-J") { Description = "Write JSON instead of a table." };
        var command = new Command("ls", "List every visible namespace: type, inode, id, owner uid, parent, process count and, for PID namespaces, the pid of their init.")
        {
            type,
            json,
        };
        command.SetAction(parseResult => CommandRunner.Run(context, () =>
        {
            IReadOnlyCollection<NamespaceType> types = NamespaceTypeNames.TryParse(parseResult.GetValue(type), out var only)
                ? [only]
                : NamespaceTypeNames.All.ToArray();
            var entries = NamespaceLister.List(types);
            if (parseResult.GetValue(json))
            {
                using var buffer = new MemoryStream();
                NamespaceTableWriter.WriteJson(buffer, entries);
                context.Out.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
            }
            else
            {
                NamespaceTableWriter.WriteTable(context.Out, entries);
            }

            return ExitCode.Ok;
        }));
        return command;
    }
}
