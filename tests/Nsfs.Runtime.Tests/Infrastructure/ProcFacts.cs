using System.Globalization;

namespace Nsfs.Runtime.Tests.Infrastructure;

/// <summary>The independent oracle: what /proc says, read without the library under test.</summary>
internal static class ProcFacts
{
    /// <summary>NSpid of a task: its pid from our namespace (index 0) down to its own namespace.</summary>
    public static int[] NsPid(int pid, int? tid = null) => Field(pid, tid, "NSpid:");

    /// <summary>NStgid of a task.</summary>
    public static int[] NsTgid(int pid, int? tid = null) => Field(pid, tid, "NStgid:");

    public static string State(int pid) => Line(StatusPath(pid, null), "State:").Trim();

    /// <summary>The inode in the readlink text of /proc/&lt;pid&gt;/ns/&lt;type&gt;.</summary>
    public static ulong NamespaceInode(int pid, string type) => ParseInode(new FileInfo($"/proc/{pid}/ns/{type}").LinkTarget!);

    public static ulong NamespaceInode(string path) => ParseInode(new FileInfo(path).LinkTarget!);

    public static int[] Tids(int pid) =>
        Directory.GetDirectories($"/proc/{pid}/task").Select(d => int.Parse(Path.GetFileName(d), CultureInfo.InvariantCulture)).Order().ToArray();

    public static int[] Children(int pid) =>
        File.ReadAllText($"/proc/{pid}/task/{pid}/children").Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();

    /// <summary>Open descriptors that are namespace files ("pid:[…]") or pidfds.</summary>
    public static int NamespaceAndPidFdCount() => Directory.GetFileSystemEntries("/proc/self/fd").Count(fd =>
    {
        string? target = SafeLinkTarget(fd);
        return target is not null && (target == "anon_inode:[pidfd]" || target.StartsWith("pidfd:", StringComparison.Ordinal)
            || System.Text.RegularExpressions.Regex.IsMatch(target, @"^(mnt|net|pid|uts|ipc|user|cgroup|time):\[\d+\]$"));
    });

    private static string? SafeLinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (IOException)
        {
            return null; // Closed between listing and reading.
        }
    }

    /// <summary>
    /// A pid no process can have: PID_MAX_LIMIT (4,194,304 on 64-bit), the ceiling of
    /// /proc/sys/kernel/pid_max, which every pid is below. Unlike a merely unused pid it cannot
    /// come into use while a test runs, on any machine.
    /// </summary>
    public const int NeverAPid = 4_194_304;

    public static bool Exists(int pid) => Directory.Exists($"/proc/{pid}");

    private static ulong ParseInode(string target)
    {
        int open = target.IndexOf('[', StringComparison.Ordinal);
        return ulong.Parse(target.AsSpan(open + 1, target.Length - open - 2), CultureInfo.InvariantCulture);
    }

    private static string StatusPath(int pid, int? tid) => tid is { } t ? $"/proc/{pid}/task/{t}/status" : $"/proc/{pid}/status";

    private static int[] Field(int pid, int? tid, string name) =>
        Line(StatusPath(pid, tid), name).Split('\t', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();

    private static string Line(string path, string name) =>
        File.ReadLines(path).First(l => l.StartsWith(name, StringComparison.Ordinal))[name.Length..];
}
