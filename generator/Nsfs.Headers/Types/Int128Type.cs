namespace Nsfs.Headers.Types;

/// <summary>
/// <c>__int128</c> or <c>unsigned __int128</c> (also spelled <c>__int128_t</c>, <c>__uint128_t</c>): a
/// layout-only type, since constants are at most 64 bits wide. Only targets whose data model has
/// <see cref="DataModel.Int128Align"/> know it, as only 64-bit compilers define it.
/// </summary>
public sealed class Int128Type : CType
{
    private Int128Type(bool isSigned) => IsSigned = isSigned;

    /// <summary><c>__int128</c>.</summary>
    public static Int128Type Signed { get; } = new(isSigned: true);

    /// <summary><c>unsigned __int128</c>.</summary>
    public static Int128Type Unsigned { get; } = new(isSigned: false);

    /// <summary>True for <c>__int128</c>.</summary>
    public bool IsSigned { get; }

    /// <inheritdoc />
    public override string Spelling => IsSigned ? "__int128" : "unsigned __int128";
}
