namespace Nsfs.Headers.Sources;

/// <summary>
/// The includes a header could reach, read from its directives whatever the conditionals around them
/// (a superset of what any architecture includes): what the generator's per-header jobs depend on.
/// </summary>
/// <param name="IncludeName">The header's include name.</param>
/// <param name="References">Every <c>#include</c> with a written name, in order.</param>
/// <param name="HasComputedInclude">True when an include names a macro, which could reach any header.</param>
public sealed record HeaderIncludes(string IncludeName, EquatableArray<IncludeReference> References, bool HasComputedInclude);
