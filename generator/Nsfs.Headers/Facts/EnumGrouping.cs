namespace Nsfs.Headers.Facts;

/// <summary>An enum the facts file builds from macros.</summary>
public sealed record EnumGrouping(string Name, bool IsFlags, IReadOnlyList<(string Macro, string Member)> Members, SourceLocation Location);
