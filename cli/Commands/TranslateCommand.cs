using System.CommandLine;

namespace Nsfs.Cli.Commands;

/// <summary>
/// <c>nsfs translate PID --to-ns-of P | --from-ns-of P [--tgid]</c>: PID translation between our PID
/// namespace and P's, printing the number alone.
/// </summary>
internal static class TranslateCommand
{
    public static Command Create(CliContext context)
    {
        var pid = CommandRunner.PidArgument("pid", "The pid to translate.");
        var toNsOf = CommandRunner.PidOption("--to-ns-of", "PID is in our namespace; print it as seen in P's PID namespace.");
        var fromNsOf = CommandRunner.PidOption("--from-ns-of", "PID is in P's PID namespace; print it as seen in ours.");
        var tgid = new Option<bool>("--tgid") { Description = "Print the thread-group id (process id) instead of the thread id." };
        var command = new Command("translate", "Translate a pid between our PID namespace and the PID namespace of process P.")
        {
            pid,
            toNsOf,
            fromNsOf,
            tgid,
        };
        command.Validators.Add(result =>
        {
            bool to = result.GetResult(toNsOf) is not null;
            bool from = result.GetResult(fromNsOf) is not null;
            if (to == from)
            {
                result.AddError("Give exactly one of --to-ns-of P and --from-ns-of P.");
            }
        });
        command.SetAction(parseResult => CommandRunner.RunPrintingPid(context, () =>
        {
            int value = parseResult.GetValue(pid);
            bool wantTgid = parseResult.GetValue(tgid);
            bool into = parseResult.GetResult(toNsOf) is not null;
            int process = into ? parseResult.GetValue(toNsOf) : parseResult.GetValue(fromNsOf);
            using var ns = PidNamespace.Open(process);
            return (into, wantTgid) switch
            {
                (true, false) => ns.GetPidInNamespace(value),
                (true, true) => ns.GetTgidInNamespace(value),
                (false, false) => ns.GetPidFromNamespace(value),
                (false, true) => ns.GetTgidFromNamespace(value),
            };
        }));
        return command;
    }
}
