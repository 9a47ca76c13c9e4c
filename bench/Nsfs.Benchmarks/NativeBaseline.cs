using System.Runtime.InteropServices;

namespace Nsfs.Benchmarks;

/// <summary>
/// The C baseline (bench/c, built into libnsfsbench.so beside this assembly). Each call crosses one
/// P/Invoke transition, the same one the library pays for its own ioctl, so the baseline is "C plus
/// the transition": a ratio of 1.00 means the library adds nothing beyond what any managed caller
/// must pay. bench/run also reports the C loop without .NET for scale. Results are the answer or
/// -errno, so no errno has to survive the transition (no SetLastError marshalling).
/// </summary>
internal static partial class NativeBaseline
{
    private const string Library = "libnsfsbench";

    [LibraryImport(Library, EntryPoint = "nsfs_bench_raw_translate")]
    public static partial int RawTranslate(int nsfd, nuint request, int pid);

    // The path is a NUL-terminated UTF-8 buffer made once in setup: string marshalling is the
    // managed side's cost, not the floor's.
    [LibraryImport(Library, EntryPoint = "nsfs_bench_open_translate_close")]
    public static partial int OpenTranslateClose(nint path, nuint request, int pid);

    [LibraryImport(Library, EntryPoint = "nsfs_bench_lxcfs_init_pid")]
    public static partial int LxcfsInitPid(int target);
}
