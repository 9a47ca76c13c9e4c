using System.Reflection;

namespace Nsfs.Generator.Tests.Oracle;

/// <summary>Where the oracle's inputs live in the source tree, and the include path it compiles with.</summary>
public static class OraclePaths
{
    /// <summary>The repository root, baked in at build time (see the test project file).</summary>
    public static string RepositoryRoot { get; } =
        typeof(OraclePaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "RepositoryRoot").Value
        ?? throw new InvalidOperationException("RepositoryRoot metadata is missing.");

    /// <summary>The vendored uapi headers (raw kernel-source form).</summary>
    public static string HeadersRoot => Path.Combine(RepositoryRoot, "headers");

    /// <summary>tests/fixtures: header versions, one folder per version holding linux/*.h.</summary>
    public static string FixturesRoot => Path.Combine(RepositoryRoot, "tests", "fixtures");

    /// <summary>The shim's common headers: integer-type facts only (see shim/README.md).</summary>
    public static string ShimCommon => Path.Combine(ShimRoot, "common");

    /// <summary>
    /// The shim's generated asm/ wrappers (asm/ioctl.h, asm/fcntl.h) for architectures that use the
    /// asm-generic file unchanged; searched after the architecture's own asm/ folder.
    /// </summary>
    public static string ShimGenericAsm => Path.Combine(ShimRoot, "generic-asm");

    private static string ShimRoot =>
        Path.Combine(RepositoryRoot, "tests", "Nsfs.Generator.Tests", "Oracle", "shim");

    /// <summary>Every fixture version folder (…/releases/v6.12, …/installed/strace-v7.1, …), sorted.</summary>
    public static IReadOnlyList<string> FixtureVersionDirectories() =>
        new[] { "releases", "dev-snapshots", "installed" }
            .SelectMany(group => Directory.GetDirectories(Path.Combine(FixturesRoot, group)))
            .Order(StringComparer.Ordinal)
            .ToArray();

    /// <summary>
    /// The <c>-I</c> list, in order: the fixture version (so its linux/*.h win), the kernel arch folder
    /// (its own asm/ files), the shim's generic asm/ wrappers, the vendored headers, then the shim's
    /// integer-type headers.
    /// </summary>
    /// <param name="architecture">The target.</param>
    /// <param name="fixtureVersionDirectory">A folder from <see cref="FixtureVersionDirectories"/>, or null for the vendored headers alone.</param>
    public static IReadOnlyList<string> IncludeDirectories(OracleArchitecture architecture, string? fixtureVersionDirectory)
    {
        ArgumentNullException.ThrowIfNull(architecture);
        var directories = new List<string>();
        if (fixtureVersionDirectory is not null)
        {
            directories.Add(fixtureVersionDirectory);
        }

        if (architecture.KernelArchDirectory is { } arch)
        {
            directories.Add(Path.Combine(HeadersRoot, "arch", arch));
        }

        directories.Add(ShimGenericAsm);
        directories.Add(HeadersRoot);
        directories.Add(ShimCommon);
        return directories;
    }
}
