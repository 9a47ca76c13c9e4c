namespace Nsfs.Generator.Tests.Oracle;

/// <summary>What clang made of one constant expression, <c>(NAME)</c>, on one target.</summary>
/// <param name="Name">The macro or enumerator name.</param>
/// <param name="Error">
/// Clang's diagnostics when the expression does not compile or is not an integer constant
/// (for example a name the header does not define); <see langword="null"/> when the value is known.
/// </param>
/// <param name="Bits">The value as its 64-bit two's-complement pattern (sign-extended when signed).</param>
/// <param name="IsUnsigned">Whether the expression's C type is unsigned.</param>
/// <param name="TypeSpelling">The canonical C type of the expression, e.g. <c>unsigned int</c>.</param>
/// <param name="TypeSize">sizeof that type in bytes.</param>
public sealed record OracleConstant(
    string Name,
    string? Error,
    ulong Bits,
    bool IsUnsigned,
    string TypeSpelling,
    long TypeSize)
{
    /// <summary>Whether clang evaluated the expression to an integer.</summary>
    public bool IsEvaluated => Error is null;

    /// <summary>The value read as a signed number (meaningful when <see cref="IsUnsigned"/> is false).</summary>
    public long SignedValue => unchecked((long)Bits);

    /// <summary>The value truncated to the width of its C type, as the C program would see it.</summary>
    public ulong Value => TypeSize is > 0 and < 8 ? Bits & ((1UL << (int)(TypeSize * 8)) - 1) : Bits;
}
