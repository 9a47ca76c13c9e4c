using Nsfs.Headers.Types;

namespace Nsfs.Headers.Model;

/// <summary>A member of a generated enum: its C value (read under the header's first architecture) and the C name it came from.</summary>
public sealed record EnumMemberModel(string Name, string? Documentation, CValue Value, string CName);
