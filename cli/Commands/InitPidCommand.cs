using System.CommandLine;
using System.Globalization;

namespace Nsfs.Cli.Commands;

/// <summary><c>nsfs init-pid PID</c>: the pid (in our namespace) of the init of PID's PID namespace.</summary>
internal static class InitPidCommand
{
    public static Command Create(CliContext context)
    {
        var pid = CommandRunner.PidArgument("pid", "A process id in the caller's PID namespace.");
        var command = new Command("init-pid", "Print the pid, as seen here, of the init process (pid 1) of PID's PID namespace.")
        {
            pid,
        };
        command.SetAction(parseResult => CommandRunner.Run(context, () =>
        {
            int initPid = PidNamespace.GetInitPidOfProcess(parseResult.GetValue(pid));
            context.Out.WriteLine(initPid.ToString(CultureInfo.InvariantCulture));
            return ExitCode.Ok;
        }));
        return command;
    }
}
