using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Nsfs.Uapi;

namespace Nsfs.Benchmarks;

/// <summary>
/// The PID-translation paths of the library against C doing the same kernel work, one category per
/// question, each with its C baseline so BenchmarkDotNet computes the ratio within the same run.
/// Everything targets a process in a child PID namespace (the LXCFS situation: a reader in a
/// container, asked about from the host).
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class PidTranslationBenchmarks
{
    private ChildPidNamespace? _child;
    private PidNamespace? _namespace;
    private PidNamespace? _fallback;
    private string _path = "";
    private nint _nativePath;
    private int _fd;
    private int _target;

    [GlobalSetup]
    public void Setup()
    {
        _child = ChildPidNamespace.Start();
        _target = _child.TargetPid;
        _path = $"/proc/{_target}/ns/pid";
        _nativePath = Marshal.StringToCoTaskMemUTF8(_path);
        _namespace = PidNamespace.OpenPath(_path);
        _fd = _namespace.SafeHandle.FileDescriptor;
        _fallback = PidNamespace.OpenPath(_path);
        _fallback.Strategy = PidTranslationStrategy.ProcStatus;

        // Every contender must give the same answer, or the comparison means nothing.
        int init = _child.InitPid;
        Expect(init, NativeBaseline.RawTranslate(_fd, LinuxNsfs.NS_GET_PID_FROM_PIDNS, 1), "C ioctl");
        Expect(init, NativeBaseline.OpenTranslateClose(_nativePath, LinuxNsfs.NS_GET_PID_FROM_PIDNS, 1), "C open+ioctl+close");
        Expect(init, NativeBaseline.LxcfsInitPid(_target), "C LXCFS dance");
        Expect(init, TryGetPidFromNamespace(), nameof(TryGetPidFromNamespace));
        Expect(init, Open_Translate_Dispose(), nameof(Open_Translate_Dispose));
        Expect(init, OpenPath_Translate_Dispose(), nameof(OpenPath_Translate_Dispose));
        Expect(init, GetInitPidOfProcess(), nameof(GetInitPidOfProcess));
        Expect(init, ProcStatus_PidFromNamespace(), nameof(ProcStatus_PidFromNamespace));
        Expect(2, NativeBaseline.RawTranslate(_fd, LinuxNsfs.NS_GET_PID_IN_PIDNS, _target), "C ioctl (in)");
        Expect(2, Ioctl_PidInNamespace(), nameof(Ioctl_PidInNamespace));
        Expect(2, ProcStatus_PidInNamespace(), nameof(ProcStatus_PidInNamespace));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _fallback?.Dispose();
        _namespace?.Dispose();
        Marshal.FreeCoTaskMem(_nativePath);
        _nativePath = 0;
        _child?.Dispose();
    }

    // (a) Translation with an open handle: the hot path that must allocate nothing.

    [Benchmark(Baseline = true), BenchmarkCategory(Categories.Translate)]
    public int C_Ioctl() => NativeBaseline.RawTranslate(_fd, LinuxNsfs.NS_GET_PID_FROM_PIDNS, 1);

    [Benchmark, BenchmarkCategory(Categories.Translate)]
    public int TryGetPidFromNamespace()
    {
        _namespace!.TryGetPidFromNamespace(1, out int pid);
        return pid;
    }

    // (b) A one-shot lookup: open the namespace file, translate, close.

    [Benchmark(Baseline = true), BenchmarkCategory(Categories.OpenTranslateDispose)]
    public int C_Open_Ioctl_Close() => NativeBaseline.OpenTranslateClose(_nativePath, LinuxNsfs.NS_GET_PID_FROM_PIDNS, 1);

    /// <summary>The LXCFS shape: open the namespace of a pid (the same /proc path C opens), translate, close.</summary>
    [Benchmark, BenchmarkCategory(Categories.OpenTranslateDispose)]
    public int Open_Translate_Dispose()
    {
        using var ns = PidNamespace.Open(_target);
        ns.TryGetPidFromNamespace(1, out int pid);
        return pid;
    }

    /// <summary>Any path (a bind mount, say): the file is checked to be an nsfs pid namespace first (statx, NS_GET_NSTYPE).</summary>
    [Benchmark, BenchmarkCategory(Categories.OpenTranslateDispose)]
    public int OpenPath_Translate_Dispose()
    {
        using var ns = PidNamespace.OpenPath(_path);
        ns.TryGetPidFromNamespace(1, out int pid);
        return pid;
    }

    // (c) The /proc fallback for kernels before 6.11: NSpid lines instead of one ioctl.

    [Benchmark(Baseline = true), BenchmarkCategory(Categories.ProcStatusFallback)]
    public int C_Ioctl_PidIn() => NativeBaseline.RawTranslate(_fd, LinuxNsfs.NS_GET_PID_IN_PIDNS, _target);

    [Benchmark, BenchmarkCategory(Categories.ProcStatusFallback)]
    public int Ioctl_PidInNamespace()
    {
        _namespace!.TryGetPidInNamespace(_target, out int pid);
        return pid;
    }

    /// <summary>One status file read and parsed, plus the ancestry check on the task's namespace.</summary>
    [Benchmark, BenchmarkCategory(Categories.ProcStatusFallback)]
    public int ProcStatus_PidInNamespace()
    {
        _fallback!.TryGetPidInNamespace(_target, out int pid);
        return pid;
    }

    /// <summary>Inner to outer has no index: every process's status file is scanned (O(processes)).</summary>
    [Benchmark, BenchmarkCategory(Categories.ProcStatusFallback)]
    public int ProcStatus_PidFromNamespace()
    {
        _fallback!.TryGetPidFromNamespace(1, out int pid);
        return pid;
    }

    // (d) The LXCFS question, "host pid of the init of this process's PID namespace".

    [Benchmark(Baseline = true), BenchmarkCategory(Categories.InitPid)]
    public int C_Lxcfs_TwoForkDance() => NativeBaseline.LxcfsInitPid(_target);

    [Benchmark, BenchmarkCategory(Categories.InitPid)]
    public int GetInitPidOfProcess() => PidNamespace.GetInitPidOfProcess(_target);

    /// <summary>With the namespace handle kept open, as LXCFS keeps its cache.</summary>
    [Benchmark, BenchmarkCategory(Categories.InitPid)]
    public int GetInitPid_OpenHandle() => _namespace!.GetInitPid();

    private static void Expect(int expected, int actual, string who)
    {
        if (actual != expected)
        {
            throw new InvalidOperationException($"{who} answered {actual}, expected {expected}: the benchmark would compare different work.");
        }
    }
}
