namespace Nsfs.Headers.Model;

/// <summary>A C enum (or an enum the facts file groups from <c>#define</c>s) to emit as an enum; the emitter picks the underlying type from the values.</summary>
public sealed record EnumModel(string Name, string? Documentation, SourceLocation Location, bool IsFlags, EquatableArray<EnumMemberModel> Members);
