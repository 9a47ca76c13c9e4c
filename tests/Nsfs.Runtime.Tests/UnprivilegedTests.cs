using Nsfs.Runtime.Tests.Infrastructure;

namespace Nsfs.Runtime.Tests;

/// <summary>
/// The library run without privilege gets the documented permission errors: as root the probe runs
/// as nobody (setpriv) against a child of ours; run by anyone else it runs as that user against a
/// process of another user (pid 1, normally).
/// </summary>
public sealed class UnprivilegedTests
{
    [Fact]
    public void Nobody_gets_UnauthorizedAccess_for_root_processes_and_still_translates_its_own()
    {
        using var root = Privilege.IsRoot ? SpawnedProcess.Start("sleep", "60") : null;
        int targetPid = root?.Pid ?? ProcessOfAnotherUser();
        var env = new Dictionary<string, string> { ["HOME"] = "/tmp", ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1" };
        string[] helper = SpawnedProcess.HelperCommandLine("unprivileged", targetPid.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var probe = Privilege.IsRoot
            ? SpawnedProcess.Start("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", .. helper], env)
            : SpawnedProcess.Start(helper[0], helper[1..], env);
        var results = probe.ReadOutcomes();

        // Opening another user's /proc/<pid>/ns needs ptrace read access: EACCES, with the path.
        Assert.StartsWith($"UnauthorizedAccessException:", results["open-other"], StringComparison.Ordinal);
        Assert.Contains($"/proc/{targetPid}/ns/pid", results["open-other"], StringComparison.Ordinal);
        Assert.Contains("EACCES", results["open-other"], StringComparison.Ordinal);

        // PIDFD_GET_*_NAMESPACE (6.11) does the same ptrace check (EACCES); signalling is EPERM.
        Assert.StartsWith(KernelFeature.PidFdNamespaces.IsPresent ? "UnauthorizedAccessException:" : "PlatformNotSupportedException:", results["pidfd-ns"], StringComparison.Ordinal);
        Assert.StartsWith("UnauthorizedAccessException:", results["signal-other"], StringComparison.Ordinal);

        // Mount namespace iteration (6.12) needs CAP_SYS_ADMIN in the initial PID namespace (EPERM)
        // from 7.0; 6.12 stable kernels without that fix end the walk at once instead (ok: no
        // namespace to show), as nobody owns no other mount namespace.
        if (!KernelFeature.MountIteration.IsPresent)
        {
            Assert.StartsWith("PlatformNotSupportedException:", results["mnt-next"], StringComparison.Ordinal);
        }
        else if (KernelFeature.Running >= new Version(7, 0) || results["mnt-next"].StartsWith("UnauthorizedAccessException:", StringComparison.Ordinal))
        {
            Assert.StartsWith("UnauthorizedAccessException:", results["mnt-next"], StringComparison.Ordinal);
            Assert.Contains("EPERM", results["mnt-next"], StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal("ok:", results["mnt-next"]);
        }

        // The parent of the initial PID namespace is out of scope for anyone (EPERM).
        Assert.StartsWith("UnauthorizedAccessException:", results["parent-of-own"], StringComparison.Ordinal);

        // Translation itself needs no privilege beyond holding the namespace handle.
        Assert.Equal("ok:True", results["own-translate"]);
        Assert.Equal($"ok:{targetPid}", results["translate-other"]);
    }

    /// <summary>A process whose uids are all other than ours, so we lack ptrace access to it: pid 1 if it qualifies.</summary>
    private static int ProcessOfAnotherUser()
    {
        string ours = Privilege.EffectiveUid.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var pids = Directory.GetDirectories("/proc").Select(Path.GetFileName)
            .Select(name => int.TryParse(name, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int pid) ? pid : 0)
            .Where(pid => pid > 0).Order();
        foreach (int pid in pids)
        {
            try
            {
                string[] uids = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("Uid:", StringComparison.Ordinal))
                    .Split('\t', StringSplitOptions.RemoveEmptyEntries)[1..];
                if (!uids.Contains(ours))
                {
                    return pid;
                }
            }
            catch (IOException)
            {
                // Exited while we looked.
            }
        }

        Privilege.RequireRoot("it needs a process of another user to be refused access to, and none is visible here");
        return 0;
    }
}
