using System.Reflection;

namespace Nsfs.Package.Tests.Infrastructure;

/// <summary>Paths in the source tree these tests were built from.</summary>
internal static class Repository
{
    public static string Root { get; } = typeof(Repository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;

    /// <summary>The project's address, from the one RepositoryUrl property every project gets from Directory.Build.props.</summary>
    public static string Url { get; } = typeof(Repository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryUrl").Value!;

    public static string PathOf(string relative) => Path.GetFullPath(Path.Combine(Root, relative));

    /// <summary>The package version every project gets from Directory.Build.props.</summary>
    public static string Version { get; } = System.Xml.Linq.XDocument.Load(PathOf("Directory.Build.props"))
        .Descendants("Version").Single().Value;
}
