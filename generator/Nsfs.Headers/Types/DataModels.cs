namespace Nsfs.Headers.Types;

/// <summary>
/// The built-in table of C data models — the only architecture table in Nsfs. Everything else
/// (request encodings, struct layouts) is derived from the headers evaluated under these rows.
/// Alignments are struct-member (ABI) alignments as GCC and clang lay out structs.
/// </summary>
public static class DataModels
{
    // An architecture without its own uapi asm/X gets the kernel's generated wrapper
    // "#include <asm-generic/X>" (mandatory-y in include/uapi/asm-generic/Kbuild). These lists name
    // the wrapped files: arm, arm64 and m68k have their own fcntl.h (O_DIRECTORY and friends differ);
    // powerpc, mips, sparc, alpha and parisc have their own ioctl.h and fcntl.h.
    private static readonly EquatableArray<string> GenericIoctlFcntl = new[] { "ioctl.h", "fcntl.h" }.ToEquatableArray();
    private static readonly EquatableArray<string> GenericIoctl = new[] { "ioctl.h" }.ToEquatableArray();
    private static readonly EquatableArray<string> OwnIoctl = Array.Empty<string>().ToEquatableArray();

    private static readonly string[] X86Common = { "__FLOAT128__ 1", "__SIZEOF_FLOAT128__ 16" };
    private static readonly string[] X86_64 = { "__x86_64__ 1", "__x86_64 1", "__amd64__ 1", "__amd64 1" };
    private static readonly string[] PowerPc =
    {
        "__powerpc__ 1", "__ppc__ 1", "__PPC__ 1", "__POWERPC__ 1", "_ARCH_PPC 1", "__LONG_DOUBLE_128__ 1", "__LONGDOUBLE128 1", "__LONG_DOUBLE_IBM128__ 1",
    };
    private static readonly string[] PowerPc64 = { "__powerpc64__ 1", "__PPC64__ 1", "_ARCH_PPC64 1", "_CALL_LINUX 1" };
    private static readonly string[] Mips = { "__mips__ 1", "_mips 1" };
    private static readonly string[] MipsO32 = { "__mips 32", "_MIPS_SIM _ABIO32", "_ABIO32 1", "__mips_o32 1", "_MIPS_SZINT 32", "_MIPS_SZLONG 32", "_MIPS_SZPTR 32" };
    private static readonly string[] MipsN64 = { "__mips 64", "__mips64 1", "__mips64__ 1", "_MIPS_SIM _ABI64", "_ABI64 3", "__mips_n64 1", "_MIPS_SZINT 32", "_MIPS_SZLONG 64", "_MIPS_SZPTR 64" };
    private static readonly string[] MipsBig = { "__MIPSEB__ 1", "__MIPSEB 1", "_MIPSEB 1" };
    private static readonly string[] MipsLittle = { "__MIPSEL__ 1", "__MIPSEL 1", "_MIPSEL 1" };
    private static readonly string[] Sparc = { "__sparc__ 1", "__sparc 1", "__sparc_v9__ 1" };

    /// <summary>Every supported architecture, in a stable order.</summary>
    /// <remarks>
    /// Floating-point, <c>__int128</c>, bit-field and macro facts are those of each target's clang (the
    /// tests compare them); alpha and parisc, which clang lacks, follow GCC (a bare aligned attribute
    /// gives GCC's BIGGEST_ALIGNMENT there: 16 on alpha, 8 on parisc). m68k's alignments are the
    /// Linux ABI's (2 for everything wider than a byte), which clang's m68k target does not yet follow.
    /// </remarks>
    public static IReadOnlyList<DataModel> All { get; } = new[]
    {
        //    name, architecture, kernel arch, asm headers from asm-generic, long ptr short int long llong ptr, char-signed big-endian
        Model("x64", LinuxArchitecture.X64, "x86", GenericIoctlFcntl, 8, 8, 2, 4, 8, 8, 8, true, false) with
        {
            LongDoubleSize = 16, LongDoubleAlign = 16, Int128Align = 16, BiggestAlignment = 16, ArchitectureMacros = Macros(X86_64, X86Common),
        },
        Model("x86", LinuxArchitecture.X86, "x86", GenericIoctlFcntl, 4, 4, 2, 4, 4, 4, 4, true, false) with
        {
            DoubleAlign = 4, LongDoubleSize = 12, LongDoubleAlign = 4, BiggestAlignment = 16,
            ArchitectureMacros = Macros(new[] { "__i386__ 1", "__i386 1" }, X86Common),
        },
        Model("x32", LinuxArchitecture.X32, "x86", GenericIoctlFcntl, 4, 4, 2, 4, 4, 8, 4, true, false) with
        {
            LongDoubleSize = 16, LongDoubleAlign = 16, Int128Align = 16, BiggestAlignment = 16, ArchitectureMacros = Macros(X86_64, X86Common),
        },
        Model("arm", LinuxArchitecture.Arm, "arm", GenericIoctl, 4, 4, 2, 4, 4, 8, 4, false, false) with
        {
            WcharIsSigned = false, UnnamedBitFieldsAlignRecord = true, AlignedAttributeDefault = 8,
            ArchitectureMacros = Macros(new[] { "__arm__ 1", "__arm 1", "__ARM_EABI__ 1", "__ARMEL__ 1", "__APCS_32__ 1" }),
        },
        Model("arm64", LinuxArchitecture.Arm64, "arm64", GenericIoctl, 8, 8, 2, 4, 8, 8, 8, false, false) with
        {
            LongDoubleSize = 16, LongDoubleAlign = 16, Int128Align = 16, BiggestAlignment = 16, WcharIsSigned = false,
            UnnamedBitFieldsAlignRecord = true, ArchitectureMacros = Macros(new[] { "__aarch64__ 1", "__AARCH64EL__ 1" }),
        },
        Model("riscv32", LinuxArchitecture.RiscV32, "riscv", GenericIoctlFcntl, 4, 4, 2, 4, 4, 8, 4, false, false) with
        {
            LongDoubleSize = 16, LongDoubleAlign = 16, BiggestAlignment = 16, ArchitectureMacros = Macros(new[] { "__riscv 1", "__riscv_xlen 32" }),
        },
        Model("riscv64", LinuxArchitecture.RiscV64, "riscv", GenericIoctlFcntl, 8, 8, 2, 4, 8, 8, 8, false, false) with
        {
            LongDoubleSize = 16, LongDoubleAlign = 16, Int128Align = 16, BiggestAlignment = 16,
            ArchitectureMacros = Macros(new[] { "__riscv 1", "__riscv_xlen 64" }),
        },
        Model("loongarch64", LinuxArchitecture.LoongArch64, "loongarch", GenericIoctlFcntl, 8, 8, 2, 4, 8, 8, 8, true, false) with
        {
            LongDoubleSize = 16, LongDoubleAlign = 16, Int128Align = 16, BiggestAlignment = 16,
            ArchitectureMacros = Macros(new[] { "__loongarch__ 1", "__loongarch64 1", "__loongarch_grlen 64", "__loongarch_lp64 1" }),
        },
        Model("s390x", LinuxArchitecture.S390x, "s390", GenericIoctlFcntl, 8, 8, 2, 4, 8, 8, 8, false, true) with
        {
            LongDoubleSize = 16, LongDoubleAlign = 8, Int128Align = 8, BiggestAlignment = 8, AlignedAttributeDefault = 8,
            ArchitectureMacros = Macros(new[] { "__s390__ 1", "__s390x__ 1", "__zarch__ 1", "__LONG_DOUBLE_128__ 1" }),
        },
        Model("ppc", LinuxArchitecture.Ppc, "powerpc", OwnIoctl, 4, 4, 2, 4, 4, 8, 4, false, true) with
        {
            LongDoubleSize = 16, LongDoubleAlign = 16, BiggestAlignment = 16, ArchitectureMacros = Macros(PowerPc, new[] { "_BIG_ENDIAN 1" }),
        },
        Model("ppc64", LinuxArchitecture.Ppc64, "powerpc", OwnIoctl, 8, 8, 2, 4, 8, 8, 8, false, true) with
        {
            LongDoubleSize = 16, LongDoubleAlign = 16, Int128Align = 16, BiggestAlignment = 16,
            ArchitectureMacros = Macros(PowerPc, PowerPc64, new[] { "_CALL_ELF 1", "_BIG_ENDIAN 1" }),
        },
        Model("ppc64le", LinuxArchitecture.Ppc64le, "powerpc", OwnIoctl, 8, 8, 2, 4, 8, 8, 8, false, false) with
        {
            LongDoubleSize = 16, LongDoubleAlign = 16, Int128Align = 16, BiggestAlignment = 16,
            ArchitectureMacros = Macros(PowerPc, PowerPc64, new[] { "_CALL_ELF 2", "_LITTLE_ENDIAN 1" }),
        },
        Model("mips", LinuxArchitecture.Mips, "mips", OwnIoctl, 4, 4, 2, 4, 4, 8, 4, true, true) with
        {
            ArchitectureMacros = Macros(Mips, MipsO32, MipsBig),
        },
        Model("mipsel", LinuxArchitecture.Mipsel, "mips", OwnIoctl, 4, 4, 2, 4, 4, 8, 4, true, false) with
        {
            ArchitectureMacros = Macros(Mips, MipsO32, MipsLittle),
        },
        Model("mips64", LinuxArchitecture.Mips64, "mips", OwnIoctl, 8, 8, 2, 4, 8, 8, 8, true, true) with
        {
            LongDoubleSize = 16, LongDoubleAlign = 16, Int128Align = 16, BiggestAlignment = 16, ArchitectureMacros = Macros(Mips, MipsN64, MipsBig),
        },
        Model("mips64el", LinuxArchitecture.Mips64el, "mips", OwnIoctl, 8, 8, 2, 4, 8, 8, 8, true, false) with
        {
            LongDoubleSize = 16, LongDoubleAlign = 16, Int128Align = 16, BiggestAlignment = 16, ArchitectureMacros = Macros(Mips, MipsN64, MipsLittle),
        },
        Model("sparc", LinuxArchitecture.Sparc, "sparc", OwnIoctl, 4, 4, 2, 4, 4, 8, 4, true, true) with
        {
            LongDoubleSize = 16, LongDoubleAlign = 8, ArchitectureMacros = Macros(Sparc, new[] { "__LONG_DOUBLE_128__ 1" }),
        },
        Model("sparc64", LinuxArchitecture.Sparc64, "sparc", OwnIoctl, 8, 8, 2, 4, 8, 8, 8, true, true) with
        {
            LongDoubleSize = 16, LongDoubleAlign = 16, Int128Align = 16, BiggestAlignment = 16,
            ArchitectureMacros = Macros(Sparc, new[] { "__sparc64__ 1", "__sparcv9 1", "__sparcv9__ 1", "__arch64__ 1" }),
        },
        Model("alpha", LinuxArchitecture.Alpha, "alpha", OwnIoctl, 8, 8, 2, 4, 8, 8, 8, true, false) with
        {
            LongDoubleSize = 16, LongDoubleAlign = 16, Int128Align = 16, BiggestAlignment = 16, ArchitectureMacros = Macros(new[] { "__alpha__ 1", "__alpha 1" }),
        },
        Model("parisc", LinuxArchitecture.Parisc, "parisc", OwnIoctl, 4, 4, 2, 4, 4, 8, 4, true, true) with
        {
            AlignedAttributeDefault = 8, ArchitectureMacros = Macros(new[] { "__hppa__ 1", "__hppa 1" }),
        },
        Model("m68k", LinuxArchitecture.M68k, "m68k", GenericIoctl, 4, 4, 2, 2, 2, 2, 2, true, true) with
        {
            FloatAlign = 2, DoubleAlign = 2, LongDoubleAlign = 2,
            ArchitectureMacros = Macros(new[] { "__m68k__ 1", "__mc68000__ 1", "__mc68000 1" }),
        },
        Model("csky", LinuxArchitecture.Csky, "csky", GenericIoctlFcntl, 4, 4, 2, 4, 4, 4, 4, false, false) with
        {
            DoubleAlign = 4, LongDoubleAlign = 4, BiggestAlignment = 4, UnnamedBitFieldsAlignRecord = true,
            ArchitectureMacros = Macros(new[] { "__csky__ 2", "__CSKY__ 2", "__ckcore__ 2", "__CKCORE__ 2", "__cskyabi__ 2", "__CSKYABI__ 2", "__cskyLE__ 1", "__CSKYLE__ 1", "__cskyle__ 1" }),
        },
    };

    /// <summary>Finds an architecture by name (case-insensitive), or <see langword="null"/>.</summary>
    public static DataModel? Find(string name) =>
        All.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase)
            || string.Equals(m.CSharpName, name, StringComparison.OrdinalIgnoreCase));

    private static EquatableArray<string> Macros(params string[][] groups) => groups.SelectMany(g => g).ToEquatableArray();

    private static DataModel Model(string name, LinuxArchitecture architecture, string kernelArch, EquatableArray<string> genericAsm,
        int longSize, int pointerSize, int shortAlign, int intAlign, int longAlign, int longLongAlign, int pointerAlign,
        bool charIsSigned, bool bigEndian) =>
        new(name, architecture.ToString(), kernelArch, genericAsm, longSize, pointerSize, shortAlign, intAlign, longAlign, longLongAlign,
            pointerAlign, charIsSigned, bigEndian);
}
