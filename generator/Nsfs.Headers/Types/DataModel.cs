namespace Nsfs.Headers.Types;

/// <summary>
/// The C data model of one Linux architecture: sizes and struct-member alignments of the basic
/// types, char signedness and byte order, plus where its uapi <c>asm/</c> headers live. Together
/// with the architecture's own <c>asm/ioctl.h</c> this decides every request number and layout.
/// </summary>
/// <param name="Name">The architecture name used on the command line and in tests (<c>x64</c>, <c>ppc64le</c>).</param>
/// <param name="CSharpName">The member name in <c>Nsfs.Metadata.LinuxArchitecture</c> and of the generated per-arch class.</param>
/// <param name="KernelArch">The kernel's <c>arch/</c> directory name (<c>x86</c>, <c>powerpc</c>).</param>
/// <param name="GenericAsmHeaders">The <c>asm/</c> headers this architecture takes from <c>asm-generic/</c>
/// through the kernel's generated one-line wrappers (<c>mandatory-y</c>); others come from <c>arch/&lt;arch&gt;/asm/</c>.</param>
/// <param name="LongSize">sizeof(long) (also sizeof(size_t)).</param>
/// <param name="PointerSize">sizeof(void *).</param>
/// <param name="ShortAlign">Alignment of short in a struct.</param>
/// <param name="IntAlign">Alignment of int in a struct.</param>
/// <param name="LongAlign">Alignment of long in a struct.</param>
/// <param name="LongLongAlign">Alignment of long long in a struct (4 on i386, 2 on m68k).</param>
/// <param name="PointerAlign">Alignment of a pointer in a struct.</param>
/// <param name="CharIsSigned">Whether plain char is signed.</param>
/// <param name="BigEndian">Byte order: it sets the predefined <c>__BYTE_ORDER__</c> macros; request encodings do not depend on it.</param>
public sealed partial record DataModel(
    string Name,
    string CSharpName,
    string KernelArch,
    EquatableArray<string> GenericAsmHeaders,
    int LongSize,
    int PointerSize,
    int ShortAlign,
    int IntAlign,
    int LongAlign,
    int LongLongAlign,
    int PointerAlign,
    bool CharIsSigned,
    bool BigEndian)
{
    /// <summary>Alignment of float in a struct (4; 2 in the Linux m68k ABI).</summary>
    public int FloatAlign { get; init; } = 4;

    /// <summary>Alignment of double in a struct (8; 4 on i386 and csky, 2 in the Linux m68k ABI).</summary>
    public int DoubleAlign { get; init; } = 8;

    /// <summary>sizeof(long double): 16 on most 64-bit targets, 12 on i386, 8 where it is double.</summary>
    public int LongDoubleSize { get; init; } = 8;

    /// <summary>Alignment of long double in a struct.</summary>
    public int LongDoubleAlign { get; init; } = 8;

    /// <summary>Alignment of <c>__int128</c>, or 0 where the compiler has no such type (every 32-bit target).</summary>
    public int Int128Align { get; init; }

    /// <summary>The largest alignment of any type (<c>__BIGGEST_ALIGNMENT__</c>).</summary>
    public int BiggestAlignment { get; init; } = 8;

    /// <summary>
    /// The alignment a bare <c>__attribute__((aligned))</c> gives: 16 for clang on every target but arm
    /// and s390x (8), even where <see cref="BiggestAlignment"/> is smaller.
    /// </summary>
    public int AlignedAttributeDefault { get; init; } = 16;

    /// <summary>Whether wchar_t is signed (it is unsigned int on arm and arm64).</summary>
    public bool WcharIsSigned { get; init; } = true;

    /// <summary>
    /// Whether an unnamed bit-field (zero-width or not) raises the alignment of the record holding it,
    /// as its declared type's alignment. The ARM procedure-call standards (AAPCS, AAPCS64) and C-SKY's
    /// ABI say it does; the System V psABIs of the other targets say it does not (it only pads the offset).
    /// </summary>
    public bool UnnamedBitFieldsAlignRecord { get; init; }

    /// <summary>
    /// The macros the target's C compiler predefines to name the architecture and its ABI
    /// (<c>__x86_64__</c>, <c>_MIPS_SIM _ABIO32</c>, <c>__riscv_xlen 64</c>), one <c>NAME VALUE</c> per
    /// entry. Those that follow from the sizes above (<c>__SIZEOF_LONG__</c>, <c>__LP64__</c>,
    /// <c>__BYTE_ORDER__</c>, …) are derived instead: see <see cref="PredefinedMacros"/>.
    /// </summary>
    public EquatableArray<string> ArchitectureMacros { get; init; }

    /// <summary>sizeof for an integer kind.</summary>
    public int SizeOf(IntegerKind kind) => kind switch
    {
        IntegerKind.Bool or IntegerKind.Char or IntegerKind.SignedChar or IntegerKind.UnsignedChar => 1,
        IntegerKind.Short or IntegerKind.UnsignedShort => 2,
        IntegerKind.Int or IntegerKind.UnsignedInt => 4,
        IntegerKind.Long or IntegerKind.UnsignedLong => LongSize,
        _ => 8,
    };

    /// <summary>Struct-member alignment for an integer kind.</summary>
    public int AlignOf(IntegerKind kind) => kind switch
    {
        IntegerKind.Bool or IntegerKind.Char or IntegerKind.SignedChar or IntegerKind.UnsignedChar => 1,
        IntegerKind.Short or IntegerKind.UnsignedShort => ShortAlign,
        IntegerKind.Int or IntegerKind.UnsignedInt => IntAlign,
        IntegerKind.Long or IntegerKind.UnsignedLong => LongAlign,
        _ => LongLongAlign,
    };

    /// <summary>Whether values of the kind are signed.</summary>
    public bool IsSigned(IntegerKind kind) => kind switch
    {
        IntegerKind.Char => CharIsSigned,
        IntegerKind.SignedChar or IntegerKind.Short or IntegerKind.Int or IntegerKind.Long or IntegerKind.LongLong => true,
        _ => false,
    };

    /// <summary>
    /// The kind of <c>size_t</c> (and of <c>sizeof</c>): unsigned long on the LP64 ABIs, unsigned int on
    /// every ILP32 one here (GCC's and clang's SIZE_TYPE for i386, x32, arm, mips o32, ppc32, sparc32,
    /// m68k, csky, riscv32 and parisc). The width is the same either way, but the type decides the
    /// usual arithmetic conversions and what a constant's C type is.
    /// </summary>
    public IntegerKind SizeType => LongSize == 8 ? IntegerKind.UnsignedLong : IntegerKind.UnsignedInt;

    /// <summary>
    /// The kernel's fixed-width and <c>__kernel_*</c> typedefs (asm-generic/int-ll64.h and
    /// asm-generic/posix_types.h as every architecture here sees them), so a header parses without
    /// its include closure. Architecture-specific ones (<c>__kernel_uid_t</c>, <c>__kernel_mode_t</c>, …)
    /// are deliberately absent: they differ per arch and must come from that arch's headers.
    /// </summary>
    public IReadOnlyDictionary<string, CType> BuiltinTypedefs => _builtinTypedefs ??= CreateBuiltinTypedefs();

    private IReadOnlyDictionary<string, CType>? _builtinTypedefs;

    // The typedefs of one C type on every target: asm-generic/int-ll64.h's fixed widths, the
    // byte-order and checksum types (linux/types.h) and the posix_types.h names that never vary.
    private static readonly (IntegerKind Kind, string[] Names)[] FixedTypedefs =
    {
        (IntegerKind.SignedChar, new[] { "__s8" }),
        (IntegerKind.UnsignedChar, new[] { "__u8" }),
        (IntegerKind.Short, new[] { "__s16" }),
        (IntegerKind.UnsignedShort, new[] { "__u16", "__le16", "__be16", "__sum16" }),
        (IntegerKind.Int, new[] { "__s32", "__kernel_pid_t", "__kernel_timer_t", "__kernel_clockid_t", "__kernel_key_t", "__kernel_mqd_t", "__kernel_daddr_t" }),
        (IntegerKind.UnsignedInt, new[] { "__u32", "__le32", "__be32", "__wsum", "__poll_t", "__kernel_uid32_t", "__kernel_gid32_t" }),
        (IntegerKind.LongLong, new[] { "__s64", "__kernel_loff_t", "__kernel_time64_t" }),
        (IntegerKind.UnsignedLongLong, new[] { "__u64", "__le64", "__be64" }),
    };

    // linux/types.h's __aligned_* 64-bit types: 8-byte aligned even where the ABI aligns a long long to 4.
    private static readonly (IntegerKind Kind, string[] Names)[] EightByteAlignedTypedefs =
    {
        (IntegerKind.LongLong, new[] { "__aligned_s64" }),
        (IntegerKind.UnsignedLongLong, new[] { "__aligned_u64", "__aligned_le64", "__aligned_be64" }),
    };

    private Dictionary<string, CType> CreateBuiltinTypedefs()
    {
        var types = new Dictionary<string, CType>();
        void Add(string name, IntegerKind kind, int? align = null) => types[name] = new IntegerType(kind, name, align);
        foreach (var (kind, names) in FixedTypedefs)
        {
            foreach (var name in names)
            {
                Add(name, kind);
            }
        }

        foreach (var (kind, names) in EightByteAlignedTypedefs)
        {
            foreach (var name in names)
            {
                Add(name, kind, 8);
            }
        }

        // asm-generic/posix_types.h; x32 is the one ABI whose __kernel_long_t is long long.
        var kernelLong = Name == "x32" ? IntegerKind.LongLong : IntegerKind.Long;
        var signedSize = LongSize == 8 ? IntegerKind.Long : IntegerKind.Int;
        Add("__kernel_long_t", kernelLong);
        Add("__kernel_ulong_t", IntegerKinds.ToUnsigned(kernelLong));
        Add("__kernel_off_t", kernelLong);
        Add("__kernel_size_t", SizeType);
        Add("__kernel_ssize_t", signedSize);
        Add("size_t", SizeType);
        Add("ssize_t", signedSize);
        return types;
    }
}
