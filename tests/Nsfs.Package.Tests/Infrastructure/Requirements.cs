namespace Nsfs.Package.Tests.Infrastructure;

/// <summary>
/// Guards for tests that need a program or root. They fail rather than skip: CI (.ci/run) installs
/// the programs and runs as root, and a quietly skipped test proves nothing.
/// </summary>
internal static class Requirements
{
    public static void Program(string name, string debianPackage)
    {
        bool found = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, name)));
        if (!found)
        {
            Assert.Fail($"This test needs '{name}' on PATH (Debian package {debianPackage}; .ci/run installs it)."
                + (Environment.GetEnvironmentVariable("CI") == "true" ? " CI must provide it." : ""));
        }
    }

    public static void Root()
    {
        string uid = File.ReadLines("/proc/self/status").First(l => l.StartsWith("Uid:", StringComparison.Ordinal))
            .Split('\t', StringSplitOptions.RemoveEmptyEntries)[2];
        if (uid != "0")
        {
            Assert.Fail("This test needs root (it creates a PID namespace with unshare)."
                + (Environment.GetEnvironmentVariable("CI") == "true" ? " CI must run as root." : " Run the tests as root."));
        }
    }
}
