namespace Nsfs.Headers.Model;

/// <summary>A numeric <c>#define</c> (or anonymous enum constant) with its value per architecture.</summary>
/// <param name="Name">The macro or enumerator name.</param>
/// <param name="Documentation">The header's comment for it.</param>
/// <param name="Location">Where it is defined.</param>
/// <param name="Expression">The macro body as written; for an enumerator, its value in decimal.</param>
/// <param name="Values">The value per architecture, in data-model order.</param>
public sealed record ConstantModel(string Name, string? Documentation, SourceLocation Location, string Expression, EquatableArray<ArchConstantValue> Values);
