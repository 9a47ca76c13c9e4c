namespace Nsfs.Translation;

/// <summary>
/// PID translation without the 6.11 ioctls (the <see cref="PidTranslationStrategy.ProcStatus"/>
/// strategy). NSpid in <c>/proc/&lt;pid&gt;/status</c> lists a task's pids from the caller's
/// namespace (depth 0) down to its own; the target namespace's depth below the caller's comes from
/// walking NS_GET_PARENT (Linux 4.9), and the same walk from the task's namespace proves that the
/// target is really the task's ancestor at that depth rather than a cousin at equal depth.
/// </summary>
internal static class ProcStatusTranslator
{
    /// <summary>Levels below the caller's namespace, or -1 when <paramref name="ns"/> is not at or below it.</summary>
    public static int ComputeDepth(PidNamespace ns)
    {
        var own = KernelSupport.OwnPidNamespace
            ?? throw new PlatformNotSupportedException("The /proc fallback needs /proc/self/ns/pid.");
        if (ns.Identity == own)
        {
            return 0;
        }

        PidNamespace? current = null;
        try
        {
            // PID namespaces nest at most 32 deep (MAX_PID_NS_LEVEL).
            for (int depth = 1; depth <= 33; depth++)
            {
                if (!(current ?? ns).TryGetParent(out var parent))
                {
                    return -1;
                }

                current?.Dispose();
                current = parent;
                if (parent.Identity == own)
                {
                    return depth;
                }
            }

            return -1;
        }
        finally
        {
            current?.Dispose();
        }
    }

    /// <summary>Returns 0 with the result, or ESRCH when not found or not visible.</summary>
    public static int Translate(PidNamespace ns, PidQuery query, int pid, out int result)
    {
        int depth = ns.DepthBelowCaller;
        if (depth < 0)
        {
            throw new NotSupportedException(
                $"The /proc fallback only translates within the caller's PID namespace and those below it; {ns} is not among them.");
        }

        bool found = query switch
        {
            PidQuery.PidInNamespace => TryIn(ns, depth, pid, tgid: false, out result),
            PidQuery.TgidInNamespace => TryIn(ns, depth, pid, tgid: true, out result),
            PidQuery.PidFromNamespace => TryFrom(ns, depth, pid, tgid: false, out result),
            _ => TryFrom(ns, depth, pid, tgid: true, out result),
        };
        return found ? 0 : Errno.ESRCH;
    }

    private static bool TryIn(PidNamespace ns, int depth, int callerPid, bool tgid, out int result)
    {
        result = 0;
        string dir = Path(callerPid);
        if (!ProcStatus.TryRead(dir + "/status", out var status))
        {
            return false;
        }

        int ownLevel = status!.NsPid.Length - 1;
        if (ownLevel < depth || (depth > 0 && !IsAncestor(dir, ownLevel - depth, ns)))
        {
            return false;
        }

        result = (tgid ? status.NsTgid : status.NsPid)[depth];
        return true;
    }

    private static bool TryFrom(PidNamespace ns, int depth, int nsPid, bool tgid, out int result)
    {
        result = 0;
        if (depth == 0)
        {
            // The target is the caller's own namespace: the pid is already the caller's number.
            if (!ProcStatus.TryRead(Path(nsPid) + "/status", out var own))
            {
                return false;
            }

            result = tgid ? own!.NsTgid[0] : own!.NsPid[0];
            return true;
        }

        // No index maps an inner pid back to the outer one, so scan every process. Only processes
        // at least `depth` levels deep can be inside the target, and only their threads are read.
        foreach (string dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(System.IO.Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out _)
                || !ProcStatus.TryRead(dir + "/status", out var leader) || leader!.NsPid.Length <= depth)
            {
                continue;
            }

            if (Matches(leader, ns, dir, depth, nsPid, tgid, out result))
            {
                return true;
            }

            foreach (string taskDir in EnumerateTasks(dir))
            {
                if (ProcStatus.TryRead(taskDir + "/status", out var thread)
                    && thread!.NsPid[0] != leader.NsPid[0]
                    && Matches(thread, ns, taskDir, depth, nsPid, tgid, out result))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Matches(ProcStatus status, PidNamespace ns, string dir, int depth, int nsPid, bool tgid, out int result)
    {
        result = 0;
        if (status.NsPid.Length <= depth || status.NsPid[depth] != nsPid
            || !IsAncestor(dir, status.NsPid.Length - 1 - depth, ns))
        {
            return false;
        }

        result = tgid ? status.NsTgid[0] : status.NsPid[0];
        return true;
    }

    /// <summary>Whether the PID namespace <paramref name="levelsUp"/> above the task's own is <paramref name="ns"/>.</summary>
    private static bool IsAncestor(string taskDir, int levelsUp, PidNamespace ns)
    {
        PidNamespace current;
        try
        {
            current = (PidNamespace)NamespaceHandle.OpenFile(taskDir + "/ns/pid", Uapi.NamespaceType.Pid);
        }
        catch (Exception e) when (e is FileNotFoundException or PidNotVisibleException or NsfsException)
        {
            return false; // The task exited meanwhile.
        }

        try
        {
            for (int i = 0; i < levelsUp; i++)
            {
                if (!current.TryGetParent(out var parent))
                {
                    return false;
                }

                current.Dispose();
                current = parent;
            }

            return current.Identity == ns.Identity;
        }
        finally
        {
            current.Dispose();
        }
    }

    private static string[] EnumerateTasks(string processDir)
    {
        try
        {
            return Directory.GetDirectories(processDir + "/task");
        }
        catch (Exception e) when (e is DirectoryNotFoundException or IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    private static string Path(int pid) => string.Create(CultureInfo.InvariantCulture, $"/proc/{pid}");
}
