namespace Nsfs.Headers.Sources;

/// <summary>One <c>#include</c> (or <c>#include_next</c>) as written: the name and whether it was quoted.</summary>
public sealed record IncludeReference(string Name, bool Quoted);
