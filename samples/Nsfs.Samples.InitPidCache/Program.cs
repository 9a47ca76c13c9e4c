using System.Globalization;
using System.Runtime.Versioning;
using Nsfs.Samples.InitPidCache;

// Nsfs is Linux-only; saying so here is what lets the platform analyzer (CA1416) accept the calls.
[assembly: SupportedOSPlatform("linux")]

// Usage: initpidcache [PID...]   (no arguments: one pid per line on stdin)
// Prints "PID -> INITPID" per pid: the init of PID's PID namespace, numbered as seen here;
// "PID -> -" when the process or its init is gone, or may not be inspected (then exit code 1).
// Cache statistics go to stderr at the end.
using var cache = new InitPidCache();
IEnumerable<string> inputs = args.Length > 0 ? args : ReadLines(Console.In);
int status = 0;
foreach (string input in inputs)
{
    if (!int.TryParse(input.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int pid) || pid <= 0)
    {
        Console.Error.WriteLine($"not a pid: '{input}'");
        status = 2;
        continue;
    }

    try
    {
        Console.WriteLine(cache.TryGetInitPid(pid, out int initPid)
            ? string.Create(CultureInfo.InvariantCulture, $"{pid} -> {initPid}")
            : string.Create(CultureInfo.InvariantCulture, $"{pid} -> -"));
    }
    catch (UnauthorizedAccessException e)
    {
        // Another user's process without CAP_SYS_PTRACE (LXCFS runs as root for this reason).
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{pid} -> -"));
        Console.Error.WriteLine(e.Message);
        status = 1;
    }
}

Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cache: {cache.Hits} hits, {cache.Misses} misses"));
return status;

static IEnumerable<string> ReadLines(TextReader reader)
{
    while (reader.ReadLine() is { } line)
    {
        if (line.Length > 0)
        {
            yield return line;
        }
    }
}
