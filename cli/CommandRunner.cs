using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Nsfs.Cli;

/// <summary>Runs a command body and turns the runtime's exceptions into exit codes and one stderr line.</summary>
internal static class CommandRunner
{
    public static int Run(CliContext context, Func<ExitCode> body)
    {
        try
        {
            return (int)body();
        }
        catch (PidNotVisibleException e)
        {
            context.Error.WriteLine($"nsfs: {e.Message}");
            return (int)ExitCode.NotVisible;
        }
        catch (ArgumentException e)
        {
            context.Error.WriteLine($"nsfs: {e.Message}");
            return (int)ExitCode.Usage;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException
            or PlatformNotSupportedException or NotSupportedException)
        {
            context.Error.WriteLine($"nsfs: {e.Message}");
            return (int)ExitCode.Error;
        }
    }

    /// <summary>Runs a command body that finds one pid, and prints it alone on stdout.</summary>
    public static int RunPrintingPid(CliContext context, Func<int> body) => Run(context, () =>
    {
        context.Out.WriteLine(body().ToString(CultureInfo.InvariantCulture));
        return ExitCode.Ok;
    });

    /// <summary>An option taking a pid, rejecting non-positive values at parse time (exit code 2).</summary>
    public static Option<int> PidOption(string name, string description)
    {
        var option = new Option<int>(name) { Description = description };
        option.Validators.Add(RequirePositivePid(name));
        return option;
    }

    /// <summary>A positional pid argument, rejecting non-positive values at parse time (exit code 2).</summary>
    public static Argument<int> PidArgument(string name, string description)
    {
        var argument = new Argument<int>(name) { Description = description };
        argument.Validators.Add(RequirePositivePid(name.ToUpperInvariant()));
        return argument;
    }

    // Values that do not parse as int are reported by the parser itself; only flag parsed values ≤ 0.
    private static Action<SymbolResult> RequirePositivePid(string shownName) => result =>
    {
        if (result.Tokens.Count > 0
            && int.TryParse(result.Tokens[0].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value)
            && value <= 0)
        {
            result.AddError($"{shownName} must be a positive pid.");
        }
    };
}
