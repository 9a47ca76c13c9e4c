using System.Globalization;
using Nsfs.Uapi;

namespace Nsfs;

/// <summary>The names procfs and lsns use for namespace types (<c>mnt</c>, <c>pid</c>, …).</summary>
public static class NamespaceTypeNames
{
    /// <summary>Every namespace type, in the order lsns lists them.</summary>
    public static IReadOnlyList<NamespaceType> All { get; } = new[]
    {
        NamespaceType.Mount, NamespaceType.Net, NamespaceType.Pid, NamespaceType.Uts,
        NamespaceType.Ipc, NamespaceType.User, NamespaceType.Cgroup, NamespaceType.Time,
    };

    /// <summary>The file name under <c>/proc/&lt;pid&gt;/ns/</c> (and the lsns type name).</summary>
    /// <param name="type">A namespace type.</param>
    /// <returns>For example <c>mnt</c> for <see cref="NamespaceType.Mount"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is not a single namespace type.</exception>
    public static string GetProcName(NamespaceType type) => type switch
    {
        NamespaceType.Mount => "mnt",
        NamespaceType.Cgroup => "cgroup",
        NamespaceType.Uts => "uts",
        NamespaceType.Ipc => "ipc",
        NamespaceType.User => "user",
        NamespaceType.Pid => "pid",
        NamespaceType.Net => "net",
        NamespaceType.Time => "time",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Not a single CLONE_NEW* namespace type."),
    };

    /// <summary>Parses a procfs/lsns type name (<c>mnt</c>, <c>net</c>, …), ignoring case.</summary>
    /// <param name="name">The name.</param>
    /// <param name="type">The type when the name is known.</param>
    /// <returns>Whether the name is known.</returns>
    public static bool TryParse(string? name, out NamespaceType type)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(GetProcName(candidate), name, StringComparison.OrdinalIgnoreCase))
            {
                type = candidate;
                return true;
            }
        }

        type = default;
        return false;
    }

    /// <summary>Whether <paramref name="value"/> (as returned by NS_GET_NSTYPE) is one known type.</summary>
    /// <param name="value">A <c>CLONE_NEW*</c> value.</param>
    /// <returns><see langword="true"/> for exactly one known flag.</returns>
    public static bool IsKnown(uint value)
    {
        foreach (var candidate in All)
        {
            if ((uint)candidate == value)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The readlink form of a namespace, e.g. <c>pid:[4026531836]</c>.</summary>
    /// <param name="type">The namespace type.</param>
    /// <param name="inode">Its nsfs inode.</param>
    /// <returns>The text.</returns>
    public static string Describe(NamespaceType type, ulong inode) =>
        string.Create(CultureInfo.InvariantCulture, $"{(IsKnown((uint)type) ? GetProcName(type) : "ns")}:[{inode}]");
}
