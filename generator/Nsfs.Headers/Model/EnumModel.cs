namespace Nsfs.Headers.Model;

/// <summary>A C enum (or an enum the facts file groups from <c>#define</c>s) to emit as a C# enum.</summary>
public sealed record EnumModel(string Name, string? Documentation, SourceLocation Location, string UnderlyingType, bool IsFlags, EquatableArray<EnumMemberModel> Members);
