namespace Nsfs.Translation;

/// <summary>
/// The NSpid and NStgid lines of <c>/proc/&lt;pid&gt;/status</c>: a task's numbers from the procfs
/// instance's PID namespace (index 0) down to the task's own namespace (last index).
/// </summary>
internal sealed class ProcStatus
{
    private ProcStatus(int[] nsPid, int[] nsTgid)
    {
        NsPid = nsPid;
        NsTgid = nsTgid;
    }

    public int[] NsPid { get; }

    public int[] NsTgid { get; }

    /// <summary>Reads a status file; <see langword="false"/> when the task is gone (or never was).</summary>
    public static bool TryRead(string path, out ProcStatus? status)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or IOException)
        {
            // The task exited between listing and reading (ESRCH surfaces as an IOException).
            status = null;
            return false;
        }

        status = Parse(text);
        return status is not null;
    }

    /// <summary>Parses status text; kernels without NSpid (before 4.1) give single-level Pid/Tgid.</summary>
    public static ProcStatus? Parse(string text)
    {
        int[]? nsPid = null, nsTgid = null;
        int pid = 0, tgid = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            if (line.StartsWith("NSpid:", StringComparison.Ordinal))
            {
                nsPid = ParseNumbers(line[6..]);
            }
            else if (line.StartsWith("NStgid:", StringComparison.Ordinal))
            {
                nsTgid = ParseNumbers(line[7..]);
            }
            else if (line.StartsWith("Pid:", StringComparison.Ordinal))
            {
                pid = int.Parse(line[4..].Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture);
            }
            else if (line.StartsWith("Tgid:", StringComparison.Ordinal))
            {
                tgid = int.Parse(line[5..].Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture);
            }
        }

        nsPid ??= pid > 0 ? [pid] : null;
        nsTgid ??= tgid > 0 ? [tgid] : null;
        return nsPid is null || nsTgid is null || nsPid.Length != nsTgid.Length ? null : new ProcStatus(nsPid, nsTgid);
    }

    private static int[] ParseNumbers(ReadOnlySpan<char> fields)
    {
        var numbers = new List<int>(4);
        foreach (string field in fields.ToString().Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            numbers.Add(int.Parse(field, NumberStyles.Integer, CultureInfo.InvariantCulture));
        }

        return numbers.ToArray();
    }
}
