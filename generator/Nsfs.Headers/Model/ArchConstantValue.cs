using Nsfs.Headers.Types;

namespace Nsfs.Headers.Model;

/// <summary>A numeric constant's value on one architecture: the C value with its C integer type, read under that architecture's data model.</summary>
public sealed record ArchConstantValue(string Arch, CValue Value);
