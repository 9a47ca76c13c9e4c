namespace Nsfs.Headers.Types;

/// <summary>
/// A typedef with <c>__attribute__((aligned(N)))</c> on a non-integer type (integers carry the
/// alignment in <see cref="IntegerType.Alignment"/>). A typedef's alignment attribute replaces the
/// type's alignment, lowering it too (rdma's <c>packed_ulong</c>); the size does not change.
/// </summary>
/// <param name="underlying">The type the typedef names.</param>
/// <param name="alignment">The alignment the attribute gives, in bytes.</param>
/// <param name="typedefName">The typedef, if it has one.</param>
public sealed class AlignedType(CType underlying, int alignment, string? typedefName) : CType
{
    /// <summary>The type the typedef names.</summary>
    public CType Underlying { get; } = underlying;

    /// <summary>The alignment the attribute gives it.</summary>
    public int Alignment { get; } = alignment;

    /// <summary>The typedef's name, when known.</summary>
    public string? TypedefName { get; } = typedefName;

    /// <inheritdoc />
    public override string Spelling => TypedefName ?? Underlying.Spelling;

    /// <inheritdoc />
    /// <remarks>
    /// One more than the type it wraps: sizing walks through the wrapper, so an aligned typedef of an
    /// array of an aligned typedef … must count every level, or the chain escapes the depth limit.
    /// </remarks>
    public override int Depth { get; } = underlying.Depth + 1;

    /// <summary>
    /// <paramref name="type"/> as a typedef with an alignment attribute: an <see cref="IntegerType"/>
    /// keeps its kind and spelling (so casts still convert) and takes the alignment; any other type is wrapped.
    /// </summary>
    public static CType Apply(CType type, int alignment, string? typedefName) => type switch
    {
        IntegerType integer => new IntegerType(integer.Kind, integer.TypedefName, alignment),
        AlignedType aligned => new AlignedType(aligned.Underlying, alignment, typedefName ?? aligned.TypedefName),
        _ => new AlignedType(type, alignment, typedefName),
    };
}
