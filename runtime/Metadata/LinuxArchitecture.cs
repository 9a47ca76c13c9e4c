// One source for the architecture list: the runtime's public enum, and (linked, internal) the
// member names the header front end's data-model table is keyed by.
#if NSFS_HEADERS
namespace Nsfs.Headers.Types;
#else
namespace Nsfs.Metadata;
#endif

/// <summary>
/// A Linux CPU architecture together with its C data model (the ABI the kernel's uapi headers are
/// compiled for). Each value names one row of the generator's data-model table.
/// </summary>
/// <remarks>The names follow the generator's <c>--arch</c> spelling (<c>x64</c>, <c>ppc64le</c>, …).</remarks>
#if NSFS_HEADERS
internal
#else
public
#endif
enum LinuxArchitecture
{
    /// <summary>x86-64, LP64 (<c>x86_64-linux-gnu</c>).</summary>
    X64,
    /// <summary>i386, ILP32 with 4-byte alignment of 64-bit integers in structs.</summary>
    X86,
    /// <summary>x86-64 with 32-bit pointers (the x32 ABI).</summary>
    X32,
    /// <summary>32-bit Arm, EABI.</summary>
    Arm,
    /// <summary>64-bit Arm (AArch64).</summary>
    Arm64,
    /// <summary>32-bit RISC-V.</summary>
    RiscV32,
    /// <summary>64-bit RISC-V.</summary>
    RiscV64,
    /// <summary>64-bit LoongArch.</summary>
    LoongArch64,
    /// <summary>IBM Z, 64-bit.</summary>
    S390x,
    /// <summary>32-bit PowerPC (big-endian).</summary>
    Ppc,
    /// <summary>64-bit PowerPC, big-endian.</summary>
    Ppc64,
    /// <summary>64-bit PowerPC, little-endian.</summary>
    Ppc64le,
    /// <summary>32-bit MIPS (o32), big-endian.</summary>
    Mips,
    /// <summary>32-bit MIPS (o32), little-endian.</summary>
    Mipsel,
    /// <summary>64-bit MIPS (n64), big-endian.</summary>
    Mips64,
    /// <summary>64-bit MIPS (n64), little-endian.</summary>
    Mips64el,
    /// <summary>32-bit SPARC.</summary>
    Sparc,
    /// <summary>64-bit SPARC.</summary>
    Sparc64,
    /// <summary>DEC Alpha.</summary>
    Alpha,
    /// <summary>32-bit PA-RISC.</summary>
    Parisc,
    /// <summary>Motorola 68000 family (2-byte alignment of everything wider than a byte).</summary>
    M68k,
    /// <summary>C-SKY (ABIv2).</summary>
    Csky,
}
