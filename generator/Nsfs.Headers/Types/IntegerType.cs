namespace Nsfs.Headers.Types;

/// <summary>An integer type; size and alignment come from the data model.</summary>
/// <remarks>Optionally named by a typedef and with a forced alignment.</remarks>
/// <param name="kind">The C integer type.</param>
/// <param name="typedefName">The typedef naming it, if any.</param>
/// <param name="alignment">A forced alignment in bytes (an <c>aligned</c> attribute), if any.</param>
public sealed class IntegerType(IntegerKind kind, string? typedefName = null, int? alignment = null) : CType
{
    /// <summary>The underlying C integer kind.</summary>
    public IntegerKind Kind { get; } = kind;

    /// <summary>The typedef name when the type came from one (e.g. <c>__u64</c>).</summary>
    public string? TypedefName { get; } = typedefName;

    /// <summary>
    /// The alignment a typedef's <c>__attribute__((aligned(N)))</c> gives the type (<c>__aligned_u64</c>);
    /// it replaces the natural alignment, lowering it too, as GCC and clang do for typedefs.
    /// </summary>
    public int? Alignment { get; } = alignment;

    /// <inheritdoc />
    public override string Spelling => TypedefName ?? IntegerKinds.Spelling(Kind);
}
