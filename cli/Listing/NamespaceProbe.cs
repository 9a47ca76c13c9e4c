using System.Globalization;
using Nsfs.Uapi;

namespace Nsfs.Cli.Listing;

/// <summary>Reads which namespace a process is in without opening it: the inode in the readlink text <c>type:[inode]</c>.</summary>
internal static class NamespaceProbe
{
    public static bool TryGetInode(int pid, NamespaceType type, out ulong inode)
    {
        inode = 0;
        string? target;
        try
        {
            target = new FileInfo(string.Create(CultureInfo.InvariantCulture, $"/proc/{pid}/ns/{NamespaceTypeNames.GetProcName(type)}")).LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false; // Exited, no such namespace type, or no ptrace access.
        }

        if (target is null)
        {
            return false;
        }

        int open = target.IndexOf('[', StringComparison.Ordinal);
        int close = target.LastIndexOf(']');
        return open >= 0 && close > open
            && ulong.TryParse(target.AsSpan(open + 1, close - open - 1), NumberStyles.None, CultureInfo.InvariantCulture, out inode);
    }
}
