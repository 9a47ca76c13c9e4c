namespace Nsfs.Headers.Types;

/// <summary>An array; a <see langword="null"/> length is a flexible array member.</summary>
/// <param name="element">The element type.</param>
/// <param name="length">The number of elements; <see langword="null"/> for a flexible array member.</param>
public sealed class ArrayType(CType element, long? length) : CType
{
    /// <inheritdoc />
    public override int Depth { get; } = element.Depth + 1;

    /// <summary>The element type.</summary>
    public CType Element { get; } = element;

    /// <summary>The element count, or <see langword="null"/> for <c>[]</c>.</summary>
    public long? Length { get; } = length;

    /// <inheritdoc />
    public override string Spelling => $"{Element.Spelling}[{Length}]";
}
