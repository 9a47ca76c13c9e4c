namespace Nsfs.Headers.Model;

/// <summary>A member of a generated enum.</summary>
public sealed record EnumMemberModel(string Name, string? Documentation, string Literal, string CName);
