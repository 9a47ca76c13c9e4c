using System.Text.RegularExpressions;

namespace Nsfs.Analyzers.Facts;

/// <summary>
/// The kernel's names for namespace types (the <c>/proc/&lt;pid&gt;/ns/&lt;name&gt;</c> names that the
/// <c>.facts</c> files use in <c>ns=</c>), and how our typed API spells them, all read from the
/// runtime's <see cref="NamespaceKindNames"/> table (the same source file, linked here). This is
/// vocabulary, not ioctl facts: which request accepts which type still comes from <c>[IoctlRequest]</c>.
/// </summary>
internal static class NamespaceKinds
{
    /// <summary>Nsfs.Uapi.NamespaceType member → nsfs name.</summary>
    public static readonly IReadOnlyDictionary<string, string> ByEnumMember =
        NamespaceKindNames.All.ToDictionary(k => k.TypeMember, k => k.ProcName);

    /// <summary>Typed namespace class (namespace Nsfs) → nsfs name.</summary>
    public static readonly IReadOnlyDictionary<string, string> ByTypedClass =
        NamespaceKindNames.All.ToDictionary(k => k.TypedClass, k => k.ProcName);

    // /proc/<pid|self|thread-self>/[task/<tid>/]ns/<name>; the *_for_children links are of the same type.
    private static readonly Regex ProcNamespacePath = new(
        @"^/proc/[^/]+/(?:task/[^/]+/)?ns/(?<name>[a-z]+)(?:_for_children)?$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, System.TimeSpan.FromMilliseconds(100));

    private static readonly Dictionary<string, string> Descriptions =
        NamespaceKindNames.All.ToDictionary(k => k.ProcName, k => k.Description);

    /// <summary>The namespace type a constant <c>/proc/…/ns/&lt;name&gt;</c> path opens, or null.</summary>
    public static string? FromPath(string path)
    {
        var match = ProcNamespacePath.Match(path);
        return match.Success && Descriptions.ContainsKey(match.Groups["name"].Value) ? match.Groups["name"].Value : null;
    }

    /// <summary>How messages name a type: the typed class when there is one (<c>mnt</c> → <c>mount</c>).</summary>
    public static string Describe(string kind) => Descriptions.TryGetValue(kind, out var description) ? description : kind;
}
