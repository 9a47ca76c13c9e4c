namespace Nsfs.Headers.Model;

/// <summary>A struct field: its C type, offset and size (those of the first architecture when the layout is uniform).</summary>
/// <param name="Name">The member name (anonymous members lifted).</param>
/// <param name="CType">The C type as spelled (<c>__u64</c>, <c>char[16]</c>).</param>
/// <param name="Element">What one element is: the type itself, or an array's innermost element type.</param>
/// <param name="Offset">Offset in bytes.</param>
/// <param name="Size">Size in bytes.</param>
/// <param name="Documentation">The header's comment for it.</param>
/// <param name="ArrayLength">The element count of an array field, else 0.</param>
public sealed record FieldModel(string Name, string CType, ScalarType Element, int Offset, int Size, string? Documentation, int ArrayLength);
