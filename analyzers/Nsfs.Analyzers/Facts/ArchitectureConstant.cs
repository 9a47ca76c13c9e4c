namespace Nsfs.Analyzers.Facts;

/// <summary>A request's value in one per-architecture table (a nested <c>[IoctlArchitectureTable]</c> class).</summary>
/// <param name="Request">The request the table entry encodes.</param>
/// <param name="Architecture">The LinuxArchitecture member name, e.g. <c>X64</c>.</param>
/// <param name="Value">The request number on that architecture.</param>
internal readonly record struct ArchitectureConstant(IoctlRequestFacts Request, string Architecture, uint Value);
