using Nsfs.Runtime.Tests.Infrastructure;

namespace Nsfs.Runtime.Tests;

/// <summary>The library run as nobody (setpriv in a child) gets the documented permission errors.</summary>
public sealed class UnprivilegedTests
{
    [Fact]
    public void Nobody_gets_UnauthorizedAccess_for_root_processes_and_still_translates_its_own()
    {
        Root.Require();
        using var target = SpawnedProcess.Start("sleep", "60");
        var env = new Dictionary<string, string> { ["HOME"] = "/tmp", ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1" };
        using var probe = SpawnedProcess.Start("setpriv",
            ["--reuid=65534", "--regid=65534", "--clear-groups", .. SpawnedProcess.HelperCommandLine("unprivileged", target.Pid.ToString(System.Globalization.CultureInfo.InvariantCulture))],
            env);
        string output = probe.Process.StandardOutput.ReadToEnd();
        string errors = probe.Process.StandardError.ReadToEnd();
        probe.Process.WaitForExit();
        Assert.True(probe.Process.ExitCode == 0, $"helper failed: {errors}\n{output}");
        var results = Helper.Outcome.Parse(output);

        // Opening another user's /proc/<pid>/ns needs ptrace read access: EACCES, with the path.
        Assert.StartsWith($"UnauthorizedAccessException:", results["open-other"], StringComparison.Ordinal);
        Assert.Contains($"/proc/{target.Pid}/ns/pid", results["open-other"], StringComparison.Ordinal);
        Assert.Contains("EACCES", results["open-other"], StringComparison.Ordinal);

        // PIDFD_GET_*_NAMESPACE does the same ptrace check (EACCES); signalling is EPERM.
        Assert.StartsWith("UnauthorizedAccessException:", results["pidfd-ns"], StringComparison.Ordinal);
        Assert.StartsWith("UnauthorizedAccessException:", results["signal-other"], StringComparison.Ordinal);

        // Mount namespace iteration needs CAP_SYS_ADMIN in the initial PID namespace (EPERM).
        Assert.StartsWith("UnauthorizedAccessException:", results["mnt-next"], StringComparison.Ordinal);
        Assert.Contains("EPERM", results["mnt-next"], StringComparison.Ordinal);

        // The parent of the initial PID namespace is out of scope for anyone (EPERM).
        Assert.StartsWith("UnauthorizedAccessException:", results["parent-of-own"], StringComparison.Ordinal);

        // Translation itself needs no privilege beyond holding the namespace handle.
        Assert.Equal("ok:True", results["own-translate"]);
        Assert.Equal($"ok:{target.Pid}", results["translate-other"]);
    }
}
