using System.Reflection;

namespace Nsfs.Analyzers.Tests.Repository;

/// <summary>The source tree these checks read (recorded at build time, see the project file).</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = typeof(RepositoryPaths).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "RepositoryRoot").Value!;
}
