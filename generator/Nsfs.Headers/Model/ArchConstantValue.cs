namespace Nsfs.Headers.Model;

/// <summary>A numeric constant's value on one architecture, as a C# literal of <see cref="CSharpType"/>.</summary>
public sealed record ArchConstantValue(string Arch, string CSharpType, string Literal);
