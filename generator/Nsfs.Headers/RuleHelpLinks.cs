using System.Linq;
using System.Reflection;

namespace Nsfs;

/// <summary>
/// The help link of every NSFS diagnostic: <c>docs/rules/&lt;ID&gt;.md</c> under the repository
/// address, which the build writes into the assembly from the one <c>RepositoryUrl</c> MSBuild
/// property (Directory.Build.props). One source file, compiled into the header front end (generator
/// diagnostics) and the usage analyzers, which cannot reference each other.
/// </summary>
internal static class RuleHelpLinks
{
    /// <summary>The address rule pages live under, ending in a slash.</summary>
    public static string Base { get; } =
        (typeof(RuleHelpLinks).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(attribute => attribute.Key == "RepositoryUrl")?.Value ?? string.Empty).TrimEnd('/') + "/blob/main/docs/rules/";

    /// <summary>The page of rule <paramref name="id"/>.</summary>
    public static string For(string id) => Base + id + ".md";
}
