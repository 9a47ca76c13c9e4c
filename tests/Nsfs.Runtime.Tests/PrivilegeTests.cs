using Nsfs.Runtime.Tests.Infrastructure;

namespace Nsfs.Runtime.Tests;

/// <summary>What the kernel tests say when they cannot get the privilege to create namespaces.</summary>
public sealed class PrivilegeTests
{
    [Fact]
    public void With_user_namespaces_disabled_the_failure_names_the_sysctl_and_the_command_that_enables_it()
    {
        // user.max_user_namespaces is per user namespace: 0 in a new one disables them inside it,
        // which is what a machine with the sysctl at 0 looks like to the tests.
        Privilege.RequireUserNamespaces();
        string helper = string.Join(' ', SpawnedProcess.HelperCommandLine("user-namespaces"));
        using var run = SpawnedProcess.Start("unshare", "--user", "--map-root-user", "sh", "-c",
            $"echo 0 > /proc/sys/user/max_user_namespaces && exec {helper}");
        string message = run.ReadOutcomes()["user-namespaces"];
        Assert.StartsWith("FailException:", message, StringComparison.Ordinal);
        Assert.Contains("Unprivileged user namespaces are disabled", message, StringComparison.Ordinal);
        Assert.Contains("sysctl user.max_user_namespaces is 0; enable it with: sudo sysctl -w user.max_user_namespaces=15000", message, StringComparison.Ordinal);
        Assert.Contains("or run the tests as root", message, StringComparison.Ordinal);
    }
}
