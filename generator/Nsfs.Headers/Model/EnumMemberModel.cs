using Nsfs.Headers.Types;

namespace Nsfs.Headers.Model;

/// <summary>A member of a generated enum: its C value (the same on every architecture; an enum whose values differ is not generated) and the C name it came from.</summary>
public sealed record EnumMemberModel(string Name, string? Documentation, CValue Value, string CName);
