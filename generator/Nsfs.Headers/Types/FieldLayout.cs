namespace Nsfs.Headers.Types;

/// <summary>
/// A (flattened) struct member with its byte offset; members of anonymous structs/unions appear under
/// their own names. A bit-field's <see cref="Type"/> is a <see cref="BitFieldType"/>, its
/// <see cref="Offset"/> the byte holding its first bit and <see cref="Size"/> the bytes it touches.
/// </summary>
public sealed record FieldLayout(string Name, CType Type, int Offset, int Size, SourceLocation Location, string? Documentation)
{
    /// <summary>The offset in bits from the start of the outermost record (<see cref="Offset"/> × 8 unless a bit-field).</summary>
    public long BitOffset { get; init; }
}
