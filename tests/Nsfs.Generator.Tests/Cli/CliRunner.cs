using Nsfs.Cli;

namespace Nsfs.Generator.Tests.Cli;

/// <summary>Runs the nsfs command line in-process with captured stdout and stderr.</summary>
internal static class CliRunner
{
    public static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        var code = Program.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
