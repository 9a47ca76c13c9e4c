namespace Nsfs.Generator.Tests.Oracle;

/// <summary>
/// The one table, in the tests, from architecture name to clang triple and kernel arch folder.
/// Every triple here was checked against the bundled libclang (see ClangOracleSelfTests): it parses
/// and gives the expected sizeof(long) and sizeof(void*).
/// </summary>
public static class OracleArchitectures
{
    public static IReadOnlyList<OracleArchitecture> All { get; } =
    [
        new("x64", "x86_64-linux-gnu", null),
        new("x86", "i386-linux-gnu", null),
        // gnux32 selects the ILP32 x86-64 ABI (clang defines __ILP32__ for it).
        new("x32", "x86_64-linux-gnux32", null),
        new("arm", "armv7a-linux-gnueabihf", "arm"),
        new("arm64", "aarch64-linux-gnu", "arm64"),
        new("riscv32", "riscv32-linux-gnu", null),
        new("riscv64", "riscv64-linux-gnu", null),
        new("loongarch64", "loongarch64-linux-gnu", null),
        new("s390x", "s390x-linux-gnu", null),
        new("ppc", "powerpc-linux-gnu", "powerpc"),
        new("ppc64", "powerpc64-linux-gnu", "powerpc"),
        new("ppc64le", "powerpc64le-linux-gnu", "powerpc"),
        new("mips", "mips-linux-gnu", "mips"),
        new("mipsel", "mipsel-linux-gnu", "mips"),
        // gnuabi64 selects n64 (64-bit long and pointers) rather than n32.
        new("mips64", "mips64-linux-gnuabi64", "mips"),
        new("mips64el", "mips64el-linux-gnuabi64", "mips"),
        new("sparc", "sparc-linux-gnu", "sparc"),
        new("sparc64", "sparcv9-linux-gnu", "sparc"),
        new("alpha", null, "alpha"),
        new("parisc", null, "parisc"),
        // clang aligns long long to 8 on m68k; Linux/GCC uses 2 (see OracleArchitecture).
        new("m68k", "m68k-linux-gnu", "m68k", ClangAlignsInt64LikeLinux: false),
        new("csky", "csky-linux-gnu", null),
    ];

    /// <summary>The architectures clang can compile for.</summary>
    public static IEnumerable<OracleArchitecture> WithClangTarget => All.Where(a => a.ClangTriple is not null);

    /// <summary>Looks an architecture up by the generator's name.</summary>
    /// <exception cref="KeyNotFoundException">The name is not one of <see cref="All"/>.</exception>
    public static OracleArchitecture Get(string name) =>
        All.FirstOrDefault(a => a.Name == name) ?? throw new KeyNotFoundException($"No architecture '{name}'.");
}
