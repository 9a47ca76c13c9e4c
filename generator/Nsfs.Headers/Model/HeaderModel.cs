namespace Nsfs.Headers.Model;

/// <summary>
/// Everything one header defines, evaluated for every architecture: the request model the generator
/// emits, the cli prints and the baseline compares. Pure data with value equality.
/// </summary>
public sealed record HeaderModel(
    string IncludeName,
    string DisplayPath,
    EquatableArray<string> Architectures,
    EquatableArray<RequestModel> Requests,
    EquatableArray<ConstantModel> Constants,
    EquatableArray<EnumModel> Enums,
    EquatableArray<StructModel> Structs,
    EquatableArray<HeaderDiagnostic> Diagnostics)
{
    /// <summary>
    /// Structs that other headers declare and the header's structs hold as members (directly or
    /// through one another), with their layouts: not the header's own, but what deciding whether a
    /// struct of the header has a C# equivalent needs. Their <see cref="StructModel.Location"/> names
    /// the header that declares them.
    /// </summary>
    public EquatableArray<StructModel> ReferencedStructs { get; init; }
}
