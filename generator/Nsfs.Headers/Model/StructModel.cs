namespace Nsfs.Headers.Model;

/// <summary>A struct or union declared in a header, with its layout on every architecture.</summary>
/// <param name="Name">The C tag.</param>
/// <param name="IsUnion">True for a union.</param>
/// <param name="Documentation">The comment above the declaration.</param>
/// <param name="Location">Where it is declared.</param>
/// <param name="Fields">The flattened fields (anonymous members lifted), from the first architecture.</param>
/// <param name="Layouts">Size, alignment and offsets per architecture.</param>
/// <param name="IsUniform">True when every architecture lays it out identically, so one C# struct serves all.</param>
public sealed record StructModel(
    string Name,
    bool IsUnion,
    string? Documentation,
    SourceLocation Location,
    EquatableArray<FieldModel> Fields,
    EquatableArray<ArchStructLayout> Layouts,
    bool IsUniform);
