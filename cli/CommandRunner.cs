using System.CommandLine;

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

    /// <summary>An option taking a pid, rejecting non-positive values at parse time (exit code 2).</summary>
    public static Option<int> PidOption(string name, string description)
    {
        var option = new Option<int>(name) { Description = description };
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && IsNotPositive(result.Tokens[0].Value))
            {
                result.AddError($"{name} must be a positive pid.");
            }
        });
        return option;
    }

    /// <summary>A positional pid argument, rejecting non-positive values at parse time (exit code 2).</summary>
    public static Argument<int> PidArgument(string name, string description)
    {
        var argument = new Argument<int>(name) { Description = description };
        argument.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && IsNotPositive(result.Tokens[0].Value))
            {
                result.AddError($"{name.ToUpperInvariant()} must be a positive pid.");
            }
        });
        return argument;
    }

    // Values that do not parse as int are reported by the parser itself; only flag parsed values ≤ 0.
    private static bool IsNotPositive(string token) =>
        int.TryParse(token, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out int value)
        && value <= 0;
}
