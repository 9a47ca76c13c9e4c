using System.CommandLine;

namespace Nsfs.Cli.Commands;

/// <summary><c>nsfs init-pid PID</c>: the pid (in our namespace) of the init of PID's PID namespace.</summary>
internal static class InitPidCommand
{
    public static Command Create(CliContext context)
    {
        var pid = CommandRunner.PidArgument("pid", "A process id in the caller's PID namespace.");
        var command = new Command("init-pid", "Print the pid, as seen here, of the init process (pid 1) of PID's PID namespace.") { pid };
        command.SetAction(parseResult => CommandRunner.RunPrintingPid(context, () => PidNamespace.GetInitPidOfProcess(parseResult.GetValue(pid))));
        return command;
    }
}
