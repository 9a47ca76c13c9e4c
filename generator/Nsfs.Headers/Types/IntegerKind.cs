namespace Nsfs.Headers.Types;

/// <summary>The C integer types, in conversion-rank order (C11 6.3.1.1).</summary>
public enum IntegerKind
{
    /// <summary><c>_Bool</c>.</summary>
    Bool,
    /// <summary><c>char</c> (its signedness is the data model's).</summary>
    Char,
    /// <summary><c>signed char</c>.</summary>
    SignedChar,
    /// <summary><c>unsigned char</c>.</summary>
    UnsignedChar,
    /// <summary><c>short</c>.</summary>
    Short,
    /// <summary><c>unsigned short</c>.</summary>
    UnsignedShort,
    /// <summary><c>int</c>.</summary>
    Int,
    /// <summary><c>unsigned int</c>.</summary>
    UnsignedInt,
    /// <summary><c>long</c>.</summary>
    Long,
    /// <summary><c>unsigned long</c>.</summary>
    UnsignedLong,
    /// <summary><c>long long</c>.</summary>
    LongLong,
    /// <summary><c>unsigned long long</c>.</summary>
    UnsignedLongLong,
}
