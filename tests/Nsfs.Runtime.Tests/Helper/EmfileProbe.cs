namespace Nsfs.Runtime.Tests.Helper;

/// <summary>Runs under a low RLIMIT_NOFILE and opens namespaces until the kernel refuses (EMFILE).</summary>
internal static class EmfileProbe
{
    public static int Run()
    {
        // Console and the runtime load assemblies lazily (each needs an fd): touch them first, and
        // report only after releasing the handles.
        Console.Out.Flush();
        var held = new List<NamespaceHandle>();
        Exception? failure = null;
        try
        {
            for (int i = 0; i < 100_000; i++)
            {
                held.Add(PidNamespace.OpenCurrent());
            }
        }
        catch (NsfsException e)
        {
            failure = e;
        }

        int count = held.Count;
        held.ForEach(h => h.Dispose());
        Outcome.Report("emfile", () => failure is NsfsException e
            ? throw new InvalidOperationException($"{e.GetType().Name} errno={e.ErrorName} after {count}: {e.Message}")
            : "never refused");
        return 0;
    }
}
