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
    EquatableArray<HeaderDiagnostic> Diagnostics);
