namespace Nsfs.Generator.Tests.Frontend;

/// <summary>
/// Integer constant expressions with C's types under each data model (C11 6.4.4.1 literal typing,
/// 6.3.1.8 usual arithmetic conversions, 6.10.1 #if arithmetic). Each expected value and type is
/// worked out from the standard by hand.
/// </summary>
public sealed class ExpressionEvaluatorTests
{
    [Theory]
    // Decimal literals without suffix: int, long, long long. Hex and octal may also be unsigned.
    [InlineData("x86", "0xffffffff", 0xffffffffUL, IntegerKind.UnsignedInt)]
    [InlineData("x64", "0xffffffff", 0xffffffffUL, IntegerKind.UnsignedInt)]
    [InlineData("x86", "4294967296", 4294967296UL, IntegerKind.LongLong)]
    [InlineData("x64", "4294967296", 4294967296UL, IntegerKind.Long)]
    [InlineData("x86", "2147483648", 2147483648UL, IntegerKind.LongLong)]
    [InlineData("x86", "0x80000000", 0x80000000UL, IntegerKind.UnsignedInt)]
    [InlineData("x86", "0x100000000", 0x100000000UL, IntegerKind.LongLong)]
    [InlineData("x64", "0xffffffffffffffff", ulong.MaxValue, IntegerKind.UnsignedLong)]
    [InlineData("x86", "0xffffffffffffffff", ulong.MaxValue, IntegerKind.UnsignedLongLong)]
    [InlineData("x64", "017", 15UL, IntegerKind.Int)]
    [InlineData("x64", "1U", 1UL, IntegerKind.UnsignedInt)]
    [InlineData("x64", "1L", 1UL, IntegerKind.Long)]
    [InlineData("x64", "1ul", 1UL, IntegerKind.UnsignedLong)]
    [InlineData("x64", "1LL", 1UL, IntegerKind.LongLong)]
    [InlineData("x64", "1ULL", 1UL, IntegerKind.UnsignedLongLong)]
    [InlineData("x86", "4294967295U", 4294967295UL, IntegerKind.UnsignedInt)]
    [InlineData("x86", "4294967296U", 4294967296UL, IntegerKind.UnsignedLongLong)]
    [InlineData("x64", "4294967296U", 4294967296UL, IntegerKind.UnsignedLong)]
    public void Integer_literals_get_the_first_type_that_holds_them(string arch, string literal, ulong raw, IntegerKind kind)
    {
        Assert.Equal(new CValue(raw, kind), TestHeaders.Constant($"#define C {literal}\n", "C", arch));
    }

    [Theory]
    [InlineData("x64", "-1 < 0U", 0L)]                    // -1 becomes UINT_MAX
    [InlineData("x64", "-1 < 0", 1L)]
    [InlineData("x64", "-1L < 0U", 1L)]                   // long holds every unsigned int on LP64
    [InlineData("x86", "-1L < 0U", 0L)]                   // ILP32: both convert to unsigned long
    [InlineData("x86", "-1LL < 0U", 1L)]
    [InlineData("x64", "-1 > 0UL", 1L)]
    [InlineData("x64", "-7 / 2", -3L)]                    // truncation toward zero
    [InlineData("x64", "-7 % 2", -1L)]
    [InlineData("x64", "7 / -2 * -2 + 7 % -2", 7L)]
    [InlineData("x64", "1 << 4 | 1", 17L)]
    [InlineData("x64", "(1, 2)", 2L)]
    [InlineData("x64", "1 ? 2 : 3", 2L)]
    [InlineData("x64", "0 ? 1 / 0 : 5", 5L)]              // the unevaluated operand may divide by zero
    [InlineData("x64", "0 && 1 / 0", 0L)]
    [InlineData("x64", "1 || 1 / 0", 1L)]
    [InlineData("x64", "-8 >> 1", -4L)]                   // arithmetic shift of a negative int (GCC)
    [InlineData("x64", "!0 + !5 + ~0", 0L)]
    [InlineData("x64", "'f'", 102L)]
    [InlineData("x64", "'\\x41'", 65L)]
    [InlineData("x64", "'\\n' + '\\0' + '\\101'", 75L)]
    [InlineData("x64", "'\\377'", -1L)]                   // plain char is signed on x86-64
    [InlineData("arm64", "'\\377'", 255L)]                // and unsigned on arm64
    [InlineData("x64", "'ab'", 0x6162L)]
    public void Operators_follow_the_usual_arithmetic_conversions(string arch, string expression, long expected)
    {
        var value = TestHeaders.Constant($"#define C ({expression})\n", "C", arch);

        Assert.Equal(expected, value.AsSigned(TestHeaders.Model(arch)));
    }

    [Theory]
    [InlineData("x64", "1 ? 2 : 3U", IntegerKind.UnsignedInt)]
    [InlineData("x64", "1 ? 2L : 3U", IntegerKind.Long)]
    [InlineData("x86", "1 ? 2L : 3U", IntegerKind.UnsignedLong)]
    [InlineData("x64", "(unsigned char)1 + (unsigned short)1", IntegerKind.Int)]
    [InlineData("x64", "1U << 4L", IntegerKind.UnsignedInt)]             // a shift has its left operand's type
    [InlineData("x64", "sizeof(int)", IntegerKind.UnsignedLong)]
    [InlineData("x86", "sizeof(int)", IntegerKind.UnsignedInt)]
    [InlineData("x86", "sizeof(int) - 5", IntegerKind.UnsignedInt)]
    [InlineData("x64", "'a'", IntegerKind.Int)]
    public void Results_have_the_type_C_gives_them(string arch, string expression, IntegerKind kind)
    {
        Assert.Equal(kind, TestHeaders.Constant($"#define C ({expression})\n", "C", arch).Kind);
    }

    [Theory]
    [InlineData("(unsigned int)-1", 0xffffffffUL, IntegerKind.UnsignedInt)]
    [InlineData("(unsigned char)0x1ff", 0xffUL, IntegerKind.UnsignedChar)]
    [InlineData("(signed char)0x80", 0x80UL, IntegerKind.SignedChar)]
    [InlineData("(__u16)70000", 70000UL & 0xffff, IntegerKind.UnsignedShort)]
    [InlineData("(__s64)-1", ulong.MaxValue, IntegerKind.LongLong)]
    [InlineData("(unsigned long)-1", ulong.MaxValue, IntegerKind.UnsignedLong)]
    [InlineData("(int)4294967297LL", 1UL, IntegerKind.Int)]
    [InlineData("(_Bool)256", 1UL, IntegerKind.Bool)]
    public void Casts_convert_modulo_the_target_width(string expression, ulong raw, IntegerKind kind)
    {
        Assert.Equal(new CValue(raw, kind), TestHeaders.Constant($"#define C ({expression})\n", "C"));
    }

    [Theory]
    [InlineData("x64", 16L)]
    [InlineData("x86", 12L)]
    [InlineData("m68k", 10L)]
    public void Sizeof_and_alignof_see_declared_structs_and_enum_constants(string arch, long expected)
    {
        const string text = """
            enum { EXTRA = 3 };
            struct s { char c; long long x; };
            #define C (sizeof(struct s) + EXTRA - _Alignof(char) - sizeof(char) - 1)
            """;

        Assert.Equal(expected, TestHeaders.Constant(text, "C", arch).AsSigned(TestHeaders.Model(arch)));
    }

    [Theory]
    // In #if every value is intmax_t or uintmax_t (C11 6.10.1p4) and leftover identifiers are 0.
    [InlineData("0xffffffffffffffff > 0", 1)]
    [InlineData("-1 > 0u", 1)]
    [InlineData("-1 > 0", 0)]
    [InlineData("4294967295 + 1 == 4294967296", 1)]
    [InlineData("UNDEFINED_NAME == 0", 1)]
    [InlineData("(2 || 1 / 0) && !(0 && 1 / 0)", 1)]
    [InlineData("1 ? 0 : 1 / 0", 0)]
    public void If_arithmetic_uses_intmax(string condition, int expected)
    {
        var value = TestHeaders.Constant($"#if {condition}\n#define R 1\n#else\n#define R 0\n#endif\n", "R");

        Assert.Equal(expected, (int)value.Raw);
    }
}
