namespace Nsfs.Runtime.Tests.Infrastructure;

/// <summary>
/// Guards tests that need root (creating namespaces, reading other processes' namespaces).
/// They fail rather than skip: CI runs as root, and a quietly skipped kernel test proves nothing.
/// </summary>
internal static class Root
{
    public static void Require()
    {
        if (Environment.UserName != "root" && GetEuid() != 0)
        {
            Assert.Fail("This test needs root (it creates namespaces with unshare and reads other processes' namespaces). "
                + (Environment.GetEnvironmentVariable("CI") == "true" ? "CI must run as root." : "Run the tests as root."));
        }
    }

    private static uint GetEuid()
    {
        foreach (string line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("Uid:", StringComparison.Ordinal))
            {
                return uint.Parse(line.Split('\t', StringSplitOptions.RemoveEmptyEntries)[2], System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return uint.MaxValue;
    }
}
