namespace Nsfs.Headers.Model;

/// <summary>One field's offset.</summary>
public sealed record FieldOffset(string Field, int Offset);
