using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Nsfs.Cli;
using Nsfs.Interop;
using Nsfs.Runtime.Tests.Infrastructure;

namespace Nsfs.Runtime.Tests;

/// <summary>The nsfs commands, in-process with captured output and once through the built binary.</summary>
[Collection(NestedPidNamespacesDefinition.Name)]
public sealed class CliTests(NestedPidNamespaces nested)
{
    [Fact]
    public void Translate_prints_the_number_alone_matching_NSpid()
    {
        int tid = nested.Tids[^1];
        int[] nspid = ProcFacts.NsPid(nested.HelperPid, tid);
        int[] nstgid = ProcFacts.NsTgid(nested.HelperPid, tid);
        string helper = Num(nested.HelperPid);

        Assert.Equal((0, $"{nspid[^1]}\n", ""), Run("translate", Num(tid), "--to-ns-of", helper));
        Assert.Equal((0, $"{nstgid[^1]}\n", ""), Run("translate", Num(tid), "--to-ns-of", helper, "--tgid"));
        Assert.Equal((0, $"{tid}\n", ""), Run("translate", Num(nspid[^1]), "--from-ns-of", helper));
        Assert.Equal((0, $"{nested.HelperPid}\n", ""), Run("translate", Num(nspid[^1]), "--from-ns-of", helper, "--tgid"));
    }

    [Fact]
    public void Init_pid_prints_the_pid_of_the_namespace_init()
    {
        Assert.Equal((0, $"{nested.HelperPid}\n", ""), Run("init-pid", Num(nested.Tids[^1])));
        Assert.Equal((0, "1\n", ""), Run("init-pid", Num(Libc.GetPid())));
    }

    [Fact]
    public void Not_visible_exits_3_with_the_reason_on_stderr()
    {
        var (code, stdout, stderr) = Run("translate", Num(Libc.GetPid()), "--to-ns-of", Num(nested.HelperPid));
        Assert.Equal(3, code);
        Assert.Equal("", stdout);
        Assert.StartsWith("nsfs: pid ", stderr, StringComparison.Ordinal);
        Assert.Equal(3, Run("translate", Num(ProcFacts.NeverAPid), "--from-ns-of", Num(nested.HelperPid)).Code);
        Assert.Equal(3, Run("init-pid", Num(ProcFacts.NeverAPid)).Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("translate 5")]
    [InlineData("translate 5 --to-ns-of 1 --from-ns-of 1")]
    [InlineData("translate 0 --to-ns-of 1")]
    [InlineData("translate 5 --to-ns-of -3")]
    [InlineData("init-pid abc")]
    [InlineData("init-pid")]
    [InlineData("ls --type bogus")]
    [InlineData("frobnicate")]
    public void Usage_errors_exit_2_with_a_message_on_stderr(string commandLine)
    {
        var (code, stdout, stderr) = Run(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Contains("nsfs --help", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Ls_lists_the_nested_pid_namespaces_with_ids_parents_and_init_pids()
    {
        var (code, stdout, _) = Run("ls", "--type", "pid", "--json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(stdout);
        var rows = json.RootElement.GetProperty("namespaces").EnumerateArray()
            .ToDictionary(r => r.GetProperty("ns").GetUInt64());
        Assert.All(rows.Values, r => Assert.Equal("pid", r.GetProperty("type").GetString()));

        using var own = PidNamespace.OpenCurrent();
        ulong parent = own.Inode;
        foreach (var level in nested.Levels)
        {
            var row = rows[level.Inode];
            if (KernelFeature.NamespaceIds.IsPresentElseUnsupported(() => level.GetId()))
            {
                Assert.Equal(level.GetId(), row.GetProperty("id").GetUInt64());
            }
            else
            {
                Assert.Equal(JsonValueKind.Null, row.GetProperty("id").ValueKind);
            }

            Assert.Equal(parent, row.GetProperty("parent").GetUInt64());
            Assert.Equal(level.GetInitPid(), row.GetProperty("init_pid").GetInt32());
            // The owner is whoever created the namespaces: root, or the caller's own user namespace.
            Assert.Equal(Privilege.EffectiveUid, row.GetProperty("owner_uid").GetUInt32());
            Assert.True(row.GetProperty("nprocs").GetInt32() >= 1);
            parent = level.Inode;
        }

        Assert.Equal(1, rows[own.Inode].GetProperty("init_pid").GetInt32());
        Assert.Equal(JsonValueKind.Null, rows[own.Inode].GetProperty("parent").ValueKind);
    }

    [Fact]
    public void Help_names_the_command_nsfs_whatever_runs_it()
    {
        var (code, stdout, stderr) = Run("--help");
        Assert.Equal((0, ""), (code, stderr));
        Assert.Contains("Usage:\n  nsfs [command] [options]", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Ls_table_covers_every_type_of_our_own_process()
    {
        var (code, stdout, stderr) = Run("ls");
        Assert.True(code == 0, stderr);
        string[] lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["NS", "TYPE", "ID", "NPROCS", "OWNER", "PARENT", "INITPID", "PID", "COMMAND"], lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        foreach (var type in NamespaceTypeNames.All)
        {
            string name = NamespaceTypeNames.GetProcName(type);
            ulong inode = ProcFacts.NamespaceInode($"/proc/self/ns/{name}");
            Assert.Contains(lines, l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var ns, var t, ..] && ns == Num(inode) && t == name);
        }
    }

    [Fact]
    public void The_built_nsfs_binary_works_with_stdin_closed_so_its_first_descriptor_is_0()
    {
        string binary = FindBinary();
        int tid = nested.Tids[^1];
        var info = new ProcessStartInfo("sh") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string arg in new[] { "-c", "exec 0<&-; exec \"$0\" init-pid \"$1\"", binary, Num(tid) })
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        string stdout = process.StandardOutput.ReadToEnd();
        string stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, stderr);
        Assert.Equal($"{nested.HelperPid}\n", stdout);

        using var notVisible = Process.Start(new ProcessStartInfo(binary, ["translate", Num(Libc.GetPid()), "--to-ns-of", Num(nested.HelperPid)]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        notVisible.WaitForExit();
        Assert.Equal(3, notVisible.ExitCode);
    }

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using var stderr = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        int code = Program.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static string Num(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Num(ulong value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>cli/bin/&lt;configuration&gt;/net10.0/nsfs, found from this assembly's bin folder.</summary>
    private static string FindBinary()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd('/'));
        string configuration = output.Parent!.Name;
        var dir = output;
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "cli", "Nsfs.Cli.csproj")))
        {
            dir = dir.Parent;
        }

        Assert.NotNull(dir);
        string binary = Path.Combine(dir.FullName, "cli", "bin", configuration, output.Name, "nsfs");
        Assert.True(File.Exists(binary), $"{binary} is built with the cli project");
        return binary;
    }
}
