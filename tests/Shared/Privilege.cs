using System.Diagnostics;
using System.Globalization;

namespace Nsfs.Tests.Shared;

/// <summary>
/// How the kernel tests get the privilege to create namespaces. As root they call unshare directly.
/// As anyone else each unshare also creates a new user namespace and maps the caller to root in it
/// (<c>unshare --user --map-root-user</c>): the caller owns that user namespace, so it may create PID,
/// mount and the other namespaces inside it, and (same uid outside) may still open and ptrace-read
/// the processes there. The assertions are the same either way; where the owner of a namespace is
/// asserted, it is the caller's own uid (0 as root).
/// Tests fail rather than skip when this is impossible, naming what is missing and how to get it.
/// </summary>
internal static class Privilege
{
    private static readonly Lazy<string?> UserNamespaceProblem = new(ProbeUserNamespaces);

    /// <summary>The caller's effective uid, as the initial user namespace sees it.</summary>
    public static uint EffectiveUid { get; } = ReadEffectiveUid();

    /// <summary>Whether the tests run as root and so need no user namespace to create namespaces.</summary>
    public static bool IsRoot => EffectiveUid == 0;

    /// <summary>
    /// The arguments for util-linux unshare that create the namespaces <paramref name="flags"/> ask
    /// for: unchanged as root, else inside a new user namespace owned by the caller.
    /// </summary>
    public static string[] Unshare(params string[] flags)
    {
        bool hasUser = flags.Contains("--user");
        if (IsRoot && !hasUser)
        {
            return flags;
        }

        RequireUserNamespaces();
        return IsRoot || hasUser ? flags : ["--user", "--map-root-user", .. flags];
    }

    /// <summary>Fails the test, naming the setting and the command that enables it, when user namespaces cannot be created.</summary>
    public static void RequireUserNamespaces()
    {
        if (UserNamespaceProblem.Value is { } problem)
        {
            Assert.Fail(problem);
        }
    }

    /// <summary>For the few tests whose point needs real root (for example a caller switched to nobody).</summary>
    public static void RequireRoot(string why)
    {
        if (!IsRoot)
        {
            Assert.Fail($"This test needs real root: {why}. It cannot be done inside a user namespace; run the tests as root (sudo ./test).");
        }
    }

    private static string? ProbeUserNamespaces()
    {
        ProcessStartInfo start = new("unshare", ["--user", "--map-root-user", "true"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string error;
        try
        {
            using var probe = Process.Start(start)!;
            error = probe.StandardError.ReadToEnd().Trim();
            probe.WaitForExit();
            if (probe.ExitCode == 0)
            {
                return null;
            }
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "The kernel tests create namespaces with unshare, which is not on PATH: install util-linux (sudo apt-get install util-linux).";
        }

        string cause = Sysctl("kernel/unprivileged_userns_clone") == "0"
            ? "sysctl kernel.unprivileged_userns_clone is 0; enable it with: sudo sysctl -w kernel.unprivileged_userns_clone=1"
            : Sysctl("user/max_user_namespaces") == "0"
            ? "sysctl user.max_user_namespaces is 0; enable it with: sudo sysctl -w user.max_user_namespaces=15000"
            : Sysctl("kernel/apparmor_restrict_unprivileged_userns") == "1"
            ? "AppArmor restricts unprivileged user namespaces (sysctl kernel.apparmor_restrict_unprivileged_userns is 1); allow them with: sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0"
            : "no sysctl forbids it (kernel.unprivileged_userns_clone, user.max_user_namespaces, kernel.apparmor_restrict_unprivileged_userns), so a seccomp or LSM policy of this container or machine does";
        return $"Unprivileged user namespaces are disabled, so the kernel tests cannot create namespaces without root ('unshare --user --map-root-user true' failed: {error}): {cause}; or run the tests as root.";
    }

    private static string? Sysctl(string name)
    {
        string path = "/proc/sys/" + name;
        return File.Exists(path) ? File.ReadAllText(path).Trim() : null;
    }

    private static uint ReadEffectiveUid()
    {
        // "Uid:\treal\teffective\tsaved\tfilesystem"
        string line = File.ReadLines("/proc/self/status").First(l => l.StartsWith("Uid:", StringComparison.Ordinal));
        return uint.Parse(line.Split('\t', StringSplitOptions.RemoveEmptyEntries)[2], CultureInfo.InvariantCulture);
    }
}
