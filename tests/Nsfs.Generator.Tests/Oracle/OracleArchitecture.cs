namespace Nsfs.Generator.Tests.Oracle;

/// <summary>How the oracle compiles for one of the generator's architectures.</summary>
/// <param name="Name">The generator's architecture name (<c>x64</c>, <c>ppc64le</c>, …).</param>
/// <param name="ClangTriple">
/// The <c>-target</c> clang is given, or <see langword="null"/> where clang has no such target
/// (alpha, parisc): those are tested from their headers' own parameters instead.
/// </param>
/// <param name="KernelArchDirectory">
/// The folder under <c>headers/arch/</c> holding the architecture's own <c>asm/</c> files, or
/// <see langword="null"/> when it uses every <c>asm-generic</c> file unchanged.
/// </param>
/// <param name="ClangAlignsInt64LikeLinux">
/// False where clang's alignment of 8-byte integers inside structs is not the Linux ABI's: clang 22's
/// m68k target aligns long long to 8 where GCC (and so the Linux m68k ABI) aligns everything to 2
/// (llvm-project PR 144740 fixed int, long and pointers but left long long). There, the oracle's struct
/// alignment, and any size or offset that depends on an 8-byte member's padding, is not evidence.
/// </param>
public sealed record OracleArchitecture(
    string Name, string? ClangTriple, string? KernelArchDirectory, bool ClangAlignsInt64LikeLinux = true);
