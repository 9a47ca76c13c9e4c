using System.Reflection;

namespace Nsfs.Analyzers.Tests.Repository;

/// <summary>The source tree these checks read (recorded at build time, see the project file).</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = Metadata("RepositoryRoot");

    /// <summary>The project's public address, from the one RepositoryUrl MSBuild property.</summary>
    public static string Url { get; } = Metadata("RepositoryUrl").TrimEnd('/');

    private static string Metadata(string key) => typeof(RepositoryPaths).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == key).Value!;
}
