using System.CommandLine;
using System.CommandLine.Parsing;
using System.Runtime.InteropServices;
using Nsfs.Headers.Types;
using Nsfs.Metadata;

namespace Nsfs.Cli.Commands;

/// <summary>
/// The one <c>--arch</c> option of every command that evaluates headers: a name the header front end
/// has a data model for (any case), or <c>all</c> where the command allows it. Anything else is a
/// usage error at parse time (exit code 2) that lists the valid names.
/// </summary>
internal static class ArchitectureOption
{
    /// <summary>The value that selects every architecture.</summary>
    public const string All = "all";

    /// <summary>The option, validated when the command line is parsed.</summary>
    /// <param name="description">What the option does in this command.</param>
    /// <param name="allowsAll">Whether <c>all</c> is one of the values.</param>
    public static Option<string?> Create(string description, bool allowsAll)
    {
        var option = new Option<string?>("--arch") { Description = description };
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && !IsValid(result.Tokens[0].Value, allowsAll))
            {
                result.AddError($"unknown architecture '{result.Tokens[0].Value}' for --arch; valid: {ValidNames(allowsAll)}");
            }
        });
        return option;
    }

    /// <summary>The architectures a validated value names.</summary>
    public static IReadOnlyList<DataModel> Resolve(string name) =>
        string.Equals(name, All, StringComparison.OrdinalIgnoreCase) ? DataModels.All : [DataModels.Find(name)!];

    /// <summary>The architecture of the machine the command runs on.</summary>
    /// <param name="machine">This process's architecture, or <see langword="null"/> when Linux has none that the front end knows.</param>
    /// <exception cref="PlatformNotSupportedException">There is no data model for it: the caller must name one with <c>--arch</c>.</exception>
    public static DataModel Machine(LinuxArchitecture? machine) =>
        (machine is { } known ? DataModels.Find(known.ToString()) : null)
        ?? throw new PlatformNotSupportedException(
            $"this machine's architecture ({RuntimeInformation.ProcessArchitecture}) has no Linux data model; name one with --arch ({ValidNames(allowsAll: true)})");

    private static bool IsValid(string name, bool allowsAll) =>
        (allowsAll && string.Equals(name, All, StringComparison.OrdinalIgnoreCase)) || DataModels.Find(name) is not null;

    private static string ValidNames(bool allowsAll) =>
        string.Join(", ", (allowsAll ? [All] : Array.Empty<string>()).Concat(DataModels.All.Select(m => m.Name)));
}
