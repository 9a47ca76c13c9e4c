using System;
using System.Collections.Generic;
using System.Linq;

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

    /// <summary>Every supported architecture, in a stable order.</summary>
    public static IReadOnlyList<DataModel> All { get; } = new[]
    {
        //        name           C# name        kernel arch  asm                long ptr short int long llong ptr  char-signed big-endian
        Model("x64",         "X64",         "x86",       GenericIoctlFcntl, 8, 8, 2, 4, 8, 8, 8, true,  false),
        Model("x86",         "X86",         "x86",       GenericIoctlFcntl, 4, 4, 2, 4, 4, 4, 4, true,  false),
        Model("x32",         "X32",         "x86",       GenericIoctlFcntl, 4, 4, 2, 4, 4, 8, 4, true,  false),
        Model("arm",         "Arm",         "arm",       GenericIoctl,      4, 4, 2, 4, 4, 8, 4, false, false),
        Model("arm64",       "Arm64",       "arm64",     GenericIoctl,      8, 8, 2, 4, 8, 8, 8, false, false),
        Model("riscv32",     "RiscV32",     "riscv",     GenericIoctlFcntl, 4, 4, 2, 4, 4, 8, 4, false, false),
        Model("riscv64",     "RiscV64",     "riscv",     GenericIoctlFcntl, 8, 8, 2, 4, 8, 8, 8, false, false),
        Model("loongarch64", "LoongArch64", "loongarch", GenericIoctlFcntl, 8, 8, 2, 4, 8, 8, 8, true,  false),
        Model("s390x",       "S390x",       "s390",      GenericIoctlFcntl, 8, 8, 2, 4, 8, 8, 8, false, true),
        Model("ppc",         "Ppc",         "powerpc",   OwnIoctl,          4, 4, 2, 4, 4, 8, 4, false, true),
        Model("ppc64",       "Ppc64",       "powerpc",   OwnIoctl,          8, 8, 2, 4, 8, 8, 8, false, true),
        Model("ppc64le",     "Ppc64le",     "powerpc",   OwnIoctl,          8, 8, 2, 4, 8, 8, 8, false, false),
        Model("mips",        "Mips",        "mips",      OwnIoctl,          4, 4, 2, 4, 4, 8, 4, true,  true),
        Model("mipsel",      "Mipsel",      "mips",      OwnIoctl,          4, 4, 2, 4, 4, 8, 4, true,  false),
        Model("mips64",      "Mips64",      "mips",      OwnIoctl,          8, 8, 2, 4, 8, 8, 8, true,  true),
        Model("mips64el",    "Mips64el",    "mips",      OwnIoctl,          8, 8, 2, 4, 8, 8, 8, true,  false),
        Model("sparc",       "Sparc",       "sparc",     OwnIoctl,          4, 4, 2, 4, 4, 8, 4, true,  true),
        Model("sparc64",     "Sparc64",     "sparc",     OwnIoctl,          8, 8, 2, 4, 8, 8, 8, true,  true),
        Model("alpha",       "Alpha",       "alpha",     OwnIoctl,          8, 8, 2, 4, 8, 8, 8, true,  false),
        Model("parisc",      "Parisc",      "parisc",    OwnIoctl,          4, 4, 2, 4, 4, 8, 4, true,  true),
        Model("m68k",        "M68k",        "m68k",      GenericIoctl,      4, 4, 2, 2, 2, 2, 2, true,  true),
        Model("csky",        "Csky",        "csky",      GenericIoctlFcntl, 4, 4, 2, 4, 4, 4, 4, false, false),
    };

    /// <summary>Finds an architecture by name (case-insensitive), or <see langword="null"/>.</summary>
    public static DataModel? Find(string name) =>
        All.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase)
            || string.Equals(m.CSharpName, name, StringComparison.OrdinalIgnoreCase));

    private static DataModel Model(string name, string csharpName, string kernelArch, EquatableArray<string> genericAsm,
        int longSize, int pointerSize, int shortAlign, int intAlign, int longAlign, int longLongAlign, int pointerAlign,
        bool charIsSigned, bool bigEndian) =>
        new(name, csharpName, kernelArch, genericAsm, longSize, pointerSize, shortAlign, intAlign, longAlign, longLongAlign,
            pointerAlign, charIsSigned, bigEndian);
}
