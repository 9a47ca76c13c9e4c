using System.Globalization;
using Nsfs.Uapi;

namespace Nsfs.Cli.Listing;

/// <summary>
/// Finds every namespace some visible process is in, like lsns: the inode of each
/// <c>/proc/&lt;pid&gt;/ns/&lt;type&gt;</c> link groups processes, then one handle per namespace
/// answers the nsfs questions.
/// </summary>
internal static class NamespaceLister
{
    public static List<NamespaceEntry> List(IReadOnlyCollection<NamespaceType> types)
    {
        // (type, inode) → pids in it, ascending.
        var members = new Dictionary<(NamespaceType Type, ulong Inode), List<int>>();
        foreach (int pid in EnumeratePids())
        {
            foreach (var type in types)
            {
                if (NamespaceProbe.TryGetInode(pid, type, out ulong inode))
                {
                    if (!members.TryGetValue((type, inode), out var list))
                    {
                        members[(type, inode)] = list = new List<int>();
                    }

                    list.Add(pid);
                }
            }
        }

        var order = NamespaceTypeNames.All.ToList();
        var entries = new List<NamespaceEntry>(members.Count);
        foreach (var ((type, inode), pids) in members.OrderBy(m => order.IndexOf(m.Key.Type)).ThenBy(m => m.Key.Inode))
        {
            var entry = Describe(type, inode, pids);
            if (entry is not null)
            {
                entries.Add(entry);
            }
        }

        return entries;
    }

    private static NamespaceEntry? Describe(NamespaceType type, ulong inode, List<int> pids)
    {
        pids.Sort();
        foreach (int pid in pids)
        {
            NamespaceHandle ns;
            try
            {
                ns = NamespaceHandle.Open(pid, type);
            }
            catch (Exception e) when (e is PidNotVisibleException or UnauthorizedAccessException or FileNotFoundException)
            {
                continue; // Exited (or became inaccessible) since the scan: ask another member.
            }

            using (ns)
            {
                if (ns.Inode != inode)
                {
                    continue; // The process moved to another namespace meanwhile.
                }

                return new NamespaceEntry
                {
                    Type = type,
                    Inode = inode,
                    Id = ns.TryGetId(out ulong id) ? id : null,
                    OwnerUid = OwnerUid(ns),
                    ParentInode = ParentInode(ns),
                    ProcessCount = pids.Count,
                    Pid = pid,
                    Command = ReadCommand(pid),
                    InitPid = ns is PidNamespace pidNs && pidNs.TryGetInitPid(out int init) ? init : null,
                };
            }
        }

        return null;
    }

    private static uint? OwnerUid(NamespaceHandle ns)
    {
        if (ns is UserNamespace user)
        {
            return user.GetOwnerUid();
        }

        if (!ns.TryGetOwningUserNamespace(out var owner))
        {
            return null;
        }

        using (owner)
        {
            return owner.GetOwnerUid();
        }
    }

    private static ulong? ParentInode(NamespaceHandle ns)
    {
        NamespaceHandle? parent = ns switch
        {
            PidNamespace pid => pid.TryGetParent(out var p) ? p : null,
            UserNamespace user => user.TryGetParent(out var u) ? u : null,
            _ => null,
        };
        using (parent)
        {
            return parent?.Inode;
        }
    }

    private static string? ReadCommand(int pid)
    {
        try
        {
            return File.ReadAllText(string.Create(CultureInfo.InvariantCulture, $"/proc/{pid}/comm")).TrimEnd('\n');
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static IEnumerable<int> EnumeratePids()
    {
        foreach (string dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out int pid))
            {
                yield return pid;
            }
        }
    }
}
