using System.Globalization;

namespace Nsfs.Headers.Types;

public sealed partial record DataModel
{
    /// <summary>
    /// What Linux's build of uapi headers adds to the compiler's own macros: <c>__EXPORTED_HEADERS__</c>
    /// (as <c>make headers_install</c> compiles them) and <c>__BITS_PER_LONG</c>, which
    /// <c>asm/bitsperlong.h</c> defines for every architecture, so a header that uses it without that
    /// include still works. Headers that define them again agree with these values.
    /// </summary>
    public IEnumerable<string> KernelBuildMacros
    {
        get
        {
            yield return "__EXPORTED_HEADERS__ 1";
            yield return Define("__BITS_PER_LONG", LongSize * 8);
            yield return "__BITS_PER_LONG_LONG 64";
        }
    }

    /// <summary>
    /// Every macro the target's C compiler predefines that a header can test: the operating system's
    /// (<c>__linux__</c>), the architecture's own (<see cref="ArchitectureMacros"/>) and those that
    /// follow from this data model (<c>__SIZEOF_*__</c>, <c>__*_WIDTH__</c>, <c>__*_MAX__</c>,
    /// <c>__LP64__</c> or <c>__ILP32__</c>, byte order, char and wchar_t signedness,
    /// <c>__BIGGEST_ALIGNMENT__</c>). Each is one <c>NAME VALUE</c> string, spelled as clang spells it.
    /// </summary>
    public IEnumerable<string> PredefinedMacros
    {
        get
        {
            // Only names reserved to the implementation: GNU modes also define linux, unix, i386, mips,
            // sparc and mc68000, which ISO modes leave out, and which would turn a header's own
            // identifiers into numbers.
            foreach (var os in new[] { "__linux__", "__linux", "__gnu_linux__", "__unix__", "__unix", "__ELF__" })
            {
                yield return os + " 1";
            }

            foreach (var macro in ArchitectureMacros)
            {
                yield return macro;
            }

            var lp64 = LongSize == 8;
            yield return lp64 ? "__LP64__ 1" : "__ILP32__ 1";
            yield return lp64 ? "_LP64 1" : "_ILP32 1";
            yield return "__CHAR_BIT__ 8";
            yield return "__ORDER_LITTLE_ENDIAN__ 1234";
            yield return "__ORDER_BIG_ENDIAN__ 4321";
            yield return "__ORDER_PDP_ENDIAN__ 3412";
            yield return "__BYTE_ORDER__ " + (BigEndian ? "__ORDER_BIG_ENDIAN__" : "__ORDER_LITTLE_ENDIAN__");
            yield return BigEndian ? "__BIG_ENDIAN__ 1" : "__LITTLE_ENDIAN__ 1";
            if (!CharIsSigned)
            {
                yield return "__CHAR_UNSIGNED__ 1";
            }

            if (!WcharIsSigned)
            {
                yield return "__WCHAR_UNSIGNED__ 1";
            }

            yield return Define("__BIGGEST_ALIGNMENT__", BiggestAlignment);

            var sizes = new List<(string Name, int Size)>
            {
                ("SHORT", 2), ("INT", 4), ("LONG", LongSize), ("LONG_LONG", 8), ("POINTER", PointerSize),
                ("SIZE_T", LongSize), ("PTRDIFF_T", LongSize), ("FLOAT", 4), ("DOUBLE", 8),
                ("LONG_DOUBLE", LongDoubleSize), ("WCHAR_T", 4), ("WINT_T", 4),
            };
            if (Int128Align != 0)
            {
                sizes.Add(("INT128", 16));
            }

            foreach (var (name, size) in sizes)
            {
                yield return Define("__SIZEOF_" + name + "__", size);
            }

            var widths = new (string Name, int Bits)[]
            {
                ("SHRT", 16), ("INT", 32), ("LONG", LongSize * 8), ("LLONG", 64), ("POINTER", PointerSize * 8),
                ("SIZE", LongSize * 8), ("PTRDIFF", LongSize * 8), ("INTPTR", PointerSize * 8), ("UINTPTR", PointerSize * 8),
                ("WCHAR", 32), ("WINT", 32), ("INTMAX", 64), ("UINTMAX", 64),
            };
            foreach (var (name, bits) in widths)
            {
                yield return Define("__" + name + "_WIDTH__", bits);
            }

            // clang spells a limit with the suffix of its type: the word-sized ones are int on ILP32
            // (size_t is unsigned int there) and long on LP64; intmax_t is long or long long.
            var word = lp64 ? "L" : string.Empty;
            var intmax = lp64 ? "L" : "LL";
            yield return "__SCHAR_MAX__ 127";
            yield return "__SHRT_MAX__ 32767";
            yield return "__INT_MAX__ 2147483647";
            yield return "__LONG_MAX__ " + Max(LongSize, signed: true) + "L";
            yield return "__LONG_LONG_MAX__ 9223372036854775807LL";
            yield return "__WCHAR_MAX__ " + (WcharIsSigned ? "2147483647" : "4294967295U");
            yield return "__SIZE_MAX__ " + Max(LongSize, signed: false) + "U" + word;
            yield return "__UINTPTR_MAX__ " + Max(PointerSize, signed: false) + "U" + word;
            yield return "__PTRDIFF_MAX__ " + Max(LongSize, signed: true) + word;
            yield return "__INTPTR_MAX__ " + Max(PointerSize, signed: true) + word;
            yield return "__INTMAX_MAX__ 9223372036854775807" + intmax;
            yield return "__UINTMAX_MAX__ 18446744073709551615U" + intmax;
        }
    }

    private static string Define(string name, int value) => name + " " + value.ToString(CultureInfo.InvariantCulture);

    private static string Max(int size, bool signed) =>
        (size == 8 ? (signed ? long.MaxValue.ToString(CultureInfo.InvariantCulture) : ulong.MaxValue.ToString(CultureInfo.InvariantCulture))
                   : (signed ? int.MaxValue.ToString(CultureInfo.InvariantCulture) : uint.MaxValue.ToString(CultureInfo.InvariantCulture)));
}
