namespace Nsfs.Headers.Model;

/// <summary>A request's encoding on one architecture: the value and the four fields that made it.</summary>
public sealed record ArchRequestValue(string Arch, uint Value, IoctlDirectionKind Direction, uint Type, uint Number, uint Size, int ArgumentSize);
