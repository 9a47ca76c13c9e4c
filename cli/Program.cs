using System.CommandLine;
using System.CommandLine.Help;
using Nsfs.Cli.Commands;

namespace Nsfs.Cli;

/// <summary>The nsfs command line: one file per command under Commands/, assembled here.</summary>
internal static class Program
{
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Parses and runs <paramref name="args"/>, writing to the given streams (tests pass buffers).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, new CliContext(stdout, stderr));

    /// <summary>Parses and runs <paramref name="args"/> in <paramref name="context"/>.</summary>
    public static int Run(string[] args, CliContext context)
    {
        var (stdout, stderr) = (context.Out, context.Error);
        var root = BuildRootCommand(context);
        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var error in parseResult.Errors)
            {
                stderr.WriteLine($"nsfs: {error.Message}");
            }

            stderr.WriteLine("Run 'nsfs --help' for usage.");
            return (int)ExitCode.Usage;
        }

        return parseResult.Invoke(new InvocationConfiguration
        {
            Output = stdout,
            Error = stderr,
            EnableDefaultExceptionHandler = false,
        });
    }

    /// <summary>
    /// The root command is named nsfs whatever the executable is called (the apphost Nsfs.Cli, the
    /// tool shim, or a test host running <see cref="Run"/>), so help always reads "Usage: nsfs".
    /// </summary>
    public static Command BuildRootCommand(CliContext context)
    {
        var root = new Command("nsfs", "Inspect Linux namespaces and translate pids between PID namespaces (nsfs ioctls).")
        {
            new HelpOption(),
            new VersionOption(),
        };
        root.Add(LsCommand.Create(context));
        root.Add(InitPidCommand.Create(context));
        root.Add(IoctlsCommand.Create(context));
        root.Add(TranslateCommand.Create(context));
        root.Add(DiffCommand.Create(context));
        root.Add(BaselineCommand.Create(context));
        return root;
    }
}
