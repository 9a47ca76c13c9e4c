namespace Nsfs.Headers.Model;

/// <summary>A struct's size, alignment and field offsets on one architecture.</summary>
public sealed record ArchStructLayout(string Arch, int Size, int Alignment, EquatableArray<FieldOffset> Offsets);
