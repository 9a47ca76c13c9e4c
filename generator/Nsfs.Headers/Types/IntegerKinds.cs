namespace Nsfs.Headers.Types;

/// <summary>Facts about <see cref="IntegerKind"/> that do not depend on the architecture.</summary>
public static class IntegerKinds
{
    /// <summary>The C spelling of an integer kind.</summary>
    public static string Spelling(IntegerKind kind) => kind switch
    {
        IntegerKind.Bool => "_Bool",
        IntegerKind.Char => "char",
        IntegerKind.SignedChar => "signed char",
        IntegerKind.UnsignedChar => "unsigned char",
        IntegerKind.Short => "short",
        IntegerKind.UnsignedShort => "unsigned short",
        IntegerKind.Int => "int",
        IntegerKind.UnsignedInt => "unsigned int",
        IntegerKind.Long => "long",
        IntegerKind.UnsignedLong => "unsigned long",
        IntegerKind.LongLong => "long long",
        _ => "unsigned long long",
    };

    /// <summary>The conversion rank (C11 6.3.1.1): bool &lt; char &lt; short &lt; int &lt; long &lt; long long.</summary>
    public static int Rank(IntegerKind kind) => kind switch
    {
        IntegerKind.Bool => 0,
        IntegerKind.Char or IntegerKind.SignedChar or IntegerKind.UnsignedChar => 1,
        IntegerKind.Short or IntegerKind.UnsignedShort => 2,
        IntegerKind.Int or IntegerKind.UnsignedInt => 3,
        IntegerKind.Long or IntegerKind.UnsignedLong => 4,
        _ => 5,
    };

    /// <summary>The unsigned kind of the same rank.</summary>
    public static IntegerKind ToUnsigned(IntegerKind kind) => kind switch
    {
        IntegerKind.Char or IntegerKind.SignedChar => IntegerKind.UnsignedChar,
        IntegerKind.Short => IntegerKind.UnsignedShort,
        IntegerKind.Int => IntegerKind.UnsignedInt,
        IntegerKind.Long => IntegerKind.UnsignedLong,
        IntegerKind.LongLong => IntegerKind.UnsignedLongLong,
        _ => kind,
    };
}
