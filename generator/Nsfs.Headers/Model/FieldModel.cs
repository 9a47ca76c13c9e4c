namespace Nsfs.Headers.Model;

/// <summary>A struct field: its C type, the C# type that matches it, offset and size (those of the first architecture when the layout is uniform).</summary>
public sealed record FieldModel(string Name, string CType, string? CSharpType, int Offset, int Size, string? Documentation, int ArrayLength);
