using System.Globalization;

namespace Nsfs.Runtime.Tests.Infrastructure;

/// <summary>
/// Three nested PID namespaces (unshare inside unshare inside unshare) with a multi-threaded helper
/// process as pid 1 of the innermost one. Shared by the tests of one collection.
/// </summary>
public sealed class NestedPidNamespaces : IDisposable
{
    public const int Depth = 3;
    public const int ExtraThreads = 3;

    private readonly SpawnedProcess _chain;

    public NestedPidNamespaces()
    {
        _chain = Unshare.NestedPid(Depth, SpawnedProcess.HelperCommandLine("hold", ExtraThreads.ToString(CultureInfo.InvariantCulture)));
        Tids = Numbers(_chain.WaitForLine("threads "));
        int[] nspid = Numbers(_chain.WaitForLine("ready "));
        Assert.Equal(Depth + 1, nspid.Length);
        HelperPid = nspid[0];
        Assert.Equal(ExtraThreads + 1, Tids.Length);
        Assert.Equal(HelperPid, Tids[0]);
        Assert.Subset(ProcFacts.Tids(HelperPid).ToHashSet(), Tids.ToHashSet());

        var innermost = PidNamespace.Open(HelperPid);
        Levels = new PidNamespace[Depth];
        Levels[Depth - 1] = innermost;
        for (int level = Depth - 1; level > 0; level--)
        {
            Levels[level - 1] = Levels[level].GetParent();
        }
    }

    /// <summary>The helper's pid as we see it.</summary>
    public int HelperPid { get; }

    /// <summary>The tids of the helper's own threads (its main thread first) as we see them.</summary>
    public int[] Tids { get; }

    /// <summary>Levels[0] is one below ours, Levels[2] the helper's own namespace.</summary>
    public PidNamespace[] Levels { get; }

    private static int[] Numbers(string line) =>
        line[(line.IndexOf(' ', StringComparison.Ordinal) + 1)..].Split(' ').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();

    public void Dispose()
    {
        foreach (var level in Levels ?? [])
        {
            level?.Dispose();
        }

        _chain.Process.StandardInput.Close();
        _chain.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class NestedPidNamespacesDefinition : ICollectionFixture<NestedPidNamespaces>
{
    public const string Name = "Nested PID namespaces";
}
