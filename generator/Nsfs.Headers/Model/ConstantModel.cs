namespace Nsfs.Headers.Model;

/// <summary>A numeric <c>#define</c> (or anonymous enum constant) with its value per architecture.</summary>
public sealed record ConstantModel(string Name, string? Documentation, SourceLocation Location, string Expression, EquatableArray<ArchConstantValue> Values);
