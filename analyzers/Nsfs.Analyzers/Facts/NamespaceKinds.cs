using System.Text.RegularExpressions;

namespace Nsfs.Analyzers.Facts;

/// <summary>
/// The kernel's names for namespace types (the <c>/proc/&lt;pid&gt;/ns/&lt;name&gt;</c> names that the
/// <c>.facts</c> files use in <c>ns=</c>), and how our typed API spells them. This is vocabulary, not
/// ioctl facts: which request accepts which type still comes from <c>[IoctlRequest]</c>.
/// </summary>
internal static class NamespaceKinds
{
    /// <summary>Nsfs.Uapi.NamespaceType member → nsfs name.</summary>
    public static readonly IReadOnlyDictionary<string, string> ByEnumMember = new Dictionary<string, string>
    {
        ["Mount"] = "mnt",
        ["Pid"] = "pid",
        ["User"] = "user",
        ["Net"] = "net",
        ["Uts"] = "uts",
        ["Ipc"] = "ipc",
        ["Cgroup"] = "cgroup",
        ["Time"] = "time",
    };

    /// <summary>Typed namespace class (namespace Nsfs) → nsfs name.</summary>
    public static readonly IReadOnlyDictionary<string, string> ByTypedClass = new Dictionary<string, string>
    {
        ["MountNamespace"] = "mnt",
        ["PidNamespace"] = "pid",
        ["UserNamespace"] = "user",
        ["NetworkNamespace"] = "net",
        ["UtsNamespace"] = "uts",
        ["IpcNamespace"] = "ipc",
        ["CgroupNamespace"] = "cgroup",
        ["TimeNamespace"] = "time",
    };

    // /proc/<pid|self|thread-self>/[task/<tid>/]ns/<name>; the *_for_children links are of the same type.
    private static readonly Regex ProcNamespacePath = new(
        @"^/proc/[^/]+/(?:task/[^/]+/)?ns/(?<name>[a-z]+)(?:_for_children)?$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, System.TimeSpan.FromMilliseconds(100));

    private static readonly HashSet<string> Names = new(ByEnumMember.Values);

    /// <summary>The namespace type a constant <c>/proc/…/ns/&lt;name&gt;</c> path opens, or null.</summary>
    public static string? FromPath(string path)
    {
        var match = ProcNamespacePath.Match(path);
        return match.Success && Names.Contains(match.Groups["name"].Value) ? match.Groups["name"].Value : null;
    }

    /// <summary>How messages name a type: the typed class when there is one (<c>mnt</c> → <c>mount</c>).</summary>
    public static string Describe(string kind) => kind switch
    {
        "mnt" => "mount",
        "net" => "network",
        _ => kind,
    };
}
