namespace Nsfs.Package.Tests.Infrastructure;

/// <summary>
/// Guards for tests that need a program. They fail rather than skip, naming the package to install
/// (./test installs them, as root), because a quietly skipped test proves nothing.
/// </summary>
internal static class Requirements
{
    public static void Program(string name, string debianPackage)
    {
        if (!OnPath(name))
        {
            Assert.Fail($"This test needs '{name}' on PATH (Debian package {debianPackage}; ./test installs it as root)."
                + (Environment.GetEnvironmentVariable("CI") == "true" ? " CI must provide it." : ""));
        }
    }

    /// <summary>The C compiler and linker for Native AOT (ILCompiler's CppCompilerAndLinker): clang if installed, else gcc.</summary>
    public static string CCompiler()
    {
        string? found = new[] { "clang", "gcc" }.FirstOrDefault(OnPath);
        if (found is null)
        {
            Assert.Fail("Native AOT needs a C compiler and linker, and neither clang nor gcc is on PATH: sudo apt-get install clang (or gcc).");
        }

        return found;
    }

    private static bool OnPath(string name) => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
        .Any(dir => File.Exists(Path.Combine(dir, name)));
}
