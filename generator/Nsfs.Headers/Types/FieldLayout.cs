namespace Nsfs.Headers.Types;

/// <summary>A (flattened) struct member with its byte offset; members of anonymous structs/unions appear under their own names.</summary>
public sealed record FieldLayout(string Name, CType Type, int Offset, int Size, SourceLocation Location, string? Documentation);
