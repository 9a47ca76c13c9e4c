namespace Nsfs.Samples.InitPidCache;

/// <summary>
/// The init pid of a process's PID namespace, cached per namespace the way LXCFS's
/// pidfd-validated store does (lxcfs src/bindings.c, <c>lookup_initpid_in_store</c>).
/// </summary>
/// <remarks>
/// An entry holds the namespace's init pinned by a pidfd and is used only while the pidfd says the
/// init still holds its pid, so a recycled pid is never answered. Keying by the namespace's
/// identity (device and inode) is safe for as long as the entry exists: the pidfd keeps the init's
/// struct pid, which keeps its PID namespace, so that inode cannot be reused for another namespace.
/// </remarks>
internal sealed class InitPidCache : IDisposable
{
    // LXCFS prunes at most every 5 s; entries of namespaces whose init is gone are only dropped
    // then (or when looked up), so a stream of short-lived containers does not pile up pidfds.
    private static readonly TimeSpan PruneInterval = TimeSpan.FromSeconds(5);

    private readonly Dictionary<NamespaceIdentity, PidRef> _inits = [];
    private long _lastPrune = Environment.TickCount64;

    /// <summary>Lookups answered from the cache.</summary>
    public int Hits { get; private set; }

    /// <summary>Lookups that had to translate and pin.</summary>
    public int Misses { get; private set; }

    /// <summary>Finds the init, in this process's PID namespace, of the namespace <paramref name="pid"/> is in.</summary>
    /// <param name="pid">A pid as seen here.</param>
    /// <param name="initPid">The init's pid as seen here, or 0.</param>
    /// <returns><see langword="false"/> when the process, or its namespace's init, is gone.</returns>
    public bool TryGetInitPid(int pid, out int initPid)
    {
        PidNamespace ns;
        try
        {
            ns = PidNamespace.Open(pid);
        }
        catch (PidNotVisibleException)
        {
            initPid = 0;
            return false;
        }

        using (ns)
        {
            if (_inits.TryGetValue(ns.Identity, out var cached))
            {
                if (cached.IsCurrent())
                {
                    Hits++;
                    initPid = cached.Pid;
                    return true;
                }

                _inits.Remove(ns.Identity);
                cached.Dispose();
            }

            Misses++;
            PruneIfDue();

            // Translate pid 1 of that namespace into ours and pin it, verified against pid reuse.
            if (!ns.TryPinFromNamespace(1, out var init))
            {
                initPid = 0;
                return false;
            }

            _inits[ns.Identity] = init;
            initPid = init.Pid;
            return true;
        }
    }

    /// <summary>Closes every cached pidfd.</summary>
    public void Dispose()
    {
        foreach (var init in _inits.Values)
        {
            init.Dispose();
        }

        _inits.Clear();
    }

    private void PruneIfDue()
    {
        long now = Environment.TickCount64;
        if (now - _lastPrune < PruneInterval.TotalMilliseconds)
        {
            return;
        }

        _lastPrune = now;
        foreach (var (identity, init) in _inits.Where(entry => !entry.Value.IsCurrent()).ToList())
        {
            _inits.Remove(identity);
            init.Dispose();
        }
    }
}
