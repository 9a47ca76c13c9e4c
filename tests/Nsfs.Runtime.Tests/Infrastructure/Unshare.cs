namespace Nsfs.Runtime.Tests.Infrastructure;

/// <summary>
/// Command lines for util-linux unshare. --kill-child makes each level's death kill the level below.
/// The outermost unshare also creates a user namespace when the tests do not run as root (<see cref="Privilege"/>).
/// </summary>
internal static class Unshare
{
    public const string Path = "unshare";

    /// <summary>unshare args for a new PID namespace whose pid 1 runs the rest of the command line.</summary>
    public static string[] NewPid => ["--pid", "--fork", "--kill-child"];

    /// <summary>Runs <paramref name="command"/> <paramref name="levels"/> PID namespaces deep.</summary>
    public static SpawnedProcess NestedPid(int levels, params string[] command)
    {
        var args = new List<string>();
        for (int i = 0; i < levels; i++)
        {
            if (i > 0)
            {
                args.Add(Path);
                args.AddRange(NewPid);
            }
            else
            {
                args.AddRange(Privilege.Unshare(NewPid));
            }
        }

        args.AddRange(command);
        return SpawnedProcess.Start(Path, args, null);
    }

    /// <summary>unshare with the given flags running sleep, and the host pid of the process in the new namespaces.</summary>
    public static SpawnedProcess Sleeper(params string[] flags) => Run(flags, "sleep", "60");

    /// <summary>unshare with the given flags running <paramref name="command"/>; TargetPid is the process in the new namespaces once it has exec'd.</summary>
    public static SpawnedProcess Run(string[] flags, params string[] command) =>
        RunUntil(flags, System.IO.Path.GetFileName(command[0]), command);

    /// <summary>As <see cref="Run"/>, for a command that execs something else: waits for <paramref name="comm"/>.</summary>
    public static SpawnedProcess RunUntil(string[] flags, string comm, params string[] command)
    {
        var process = SpawnedProcess.Start(Path, [.. Privilege.Unshare(flags), .. command], null);
        process.TargetPid = flags.Contains("--fork")
            ? SpawnedProcess.WaitForChild(process.Pid, comm)
            : SpawnedProcess.WaitFor(() => SpawnedProcess.ReadComm(process.Pid) == comm ? process.Pid : 0, $"unshare to exec {comm}");
        return process;
    }
}
