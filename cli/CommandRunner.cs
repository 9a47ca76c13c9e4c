using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Nsfs.Cli;

/// <summary>Runs a command body and turns the runtime's exceptions into exit codes and one stderr line.</summary>
internal static class CommandRunner
{
    /// <summary>Runs a command body; a failure is one stderr line and its exit code.</summary>
    public static int Run(CliContext context, Func<ExitCode> body) => (int)Run(context, body, readsInputs: false);

    /// <summary>
    /// Runs a command body that reads input files and folders (headers, baselines, include roots):
    /// any I/O failure in it is an input that cannot be used, exit codes 4–10, so a folder that cannot
    /// be listed is reported like a file that cannot be read. A body that also writes catches its own write failures.
    /// </summary>
    public static ExitCode RunReadingInputs(CliContext context, Func<ExitCode> body) => Run(context, body, readsInputs: true);

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

    private static ExitCode Run(CliContext context, Func<ExitCode> body, bool readsInputs)
    {
        try
        {
            return body();
        }
        catch (PidNotVisibleException e)
        {
            return Fail(context, e.Message, ExitCode.NotVisible);
        }
        catch (ArgumentException e)
        {
            return Fail(context, e.Message, ExitCode.Usage);
        }
        catch (Exception e) when (readsInputs && (e is IOException or UnauthorizedAccessException))
        {
            return Fail(context, $"cannot read input: {e.Message}", InputFileException.ExitCodeFor(e));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException
            or PlatformNotSupportedException or NotSupportedException)
        {
            return Fail(context, e.Message, ExitCode.Error);
        }
    }

    private static ExitCode Fail(CliContext context, string message, ExitCode code)
    {
        context.Error.WriteLine($"nsfs: {message}");
        return code;
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
