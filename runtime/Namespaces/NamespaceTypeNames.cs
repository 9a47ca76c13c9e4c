namespace Nsfs;

/// <summary>The names procfs and lsns use for namespace types (<c>mnt</c>, <c>pid</c>, …).</summary>
public static class NamespaceTypeNames
{
    // Parallel to NamespaceKindNames.All (the vocabulary shared with the analyzers), resolved once.
    private static readonly NamespaceType[] Types =
        Array.ConvertAll(NamespaceKindNames.All, kind => Enum.Parse<NamespaceType>(kind.TypeMember));

    /// <summary>Every namespace type, in the order lsns lists them.</summary>
    public static IReadOnlyList<NamespaceType> All { get; } = Array.AsReadOnly(Types);

    /// <summary>The file name under <c>/proc/&lt;pid&gt;/ns/</c> (and the lsns type name).</summary>
    /// <param name="type">A namespace type.</param>
    /// <returns>For example <c>mnt</c> for <see cref="NamespaceType.Mount"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is not a single namespace type.</exception>
    public static string GetProcName(NamespaceType type)
    {
        int index = Array.IndexOf(Types, type);
        return index >= 0
            ? NamespaceKindNames.All[index].ProcName
            : throw new ArgumentOutOfRangeException(nameof(type), type, "Not a single CLONE_NEW* namespace type.");
    }

    /// <summary>Parses a procfs/lsns type name (<c>mnt</c>, <c>net</c>, …), ignoring case.</summary>
    /// <param name="name">The name.</param>
    /// <param name="type">The type when the name is known.</param>
    /// <returns>Whether the name is known.</returns>
    public static bool TryParse(string? name, out NamespaceType type)
    {
        for (int i = 0; i < Types.Length; i++)
        {
            if (string.Equals(NamespaceKindNames.All[i].ProcName, name, StringComparison.OrdinalIgnoreCase))
            {
                type = Types[i];
                return true;
            }
        }

        type = default;
        return false;
    }

    /// <summary>Whether <paramref name="value"/> (as returned by NS_GET_NSTYPE) is one known type.</summary>
    /// <param name="value">A <c>CLONE_NEW*</c> value.</param>
    /// <returns><see langword="true"/> for exactly one known flag.</returns>
    public static bool IsKnown(uint value) => Array.IndexOf(Types, (NamespaceType)value) >= 0;

    /// <summary>The readlink form of a namespace, e.g. <c>pid:[4026531836]</c>.</summary>
    /// <param name="type">The namespace type.</param>
    /// <param name="inode">Its nsfs inode, or <see langword="null"/> when unknown (shown as <c>?</c>).</param>
    /// <returns>The text.</returns>
    public static string Describe(NamespaceType type, ulong? inode) =>
        string.Create(CultureInfo.InvariantCulture, $"{(IsKnown((uint)type) ? GetProcName(type) : "ns")}:[{(inode is { } known ? known.ToString(CultureInfo.InvariantCulture) : "?")}]");
}
