namespace Nsfs.Generator.Tests.Oracle;

/// <summary>A struct whose layout the oracle measures, with the fields whose offsets are wanted.</summary>
/// <param name="Name">The struct tag, without <c>struct</c>.</param>
/// <param name="Fields">
/// Field names; members of anonymous structs or unions are named directly (as C code would use them).
/// </param>
public sealed record OracleStructQuery(string Name, IReadOnlyList<string> Fields);

/// <summary>One translation unit's worth of questions for <see cref="ClangOracle"/>.</summary>
/// <param name="Triple">The clang target triple (see <see cref="OracleArchitectures"/>).</param>
/// <param name="IncludeDirectories">
/// <c>-I</c> directories in search order; <see cref="OraclePaths.IncludeDirectories"/> builds the
/// standard list for an architecture and fixture.
/// </param>
/// <param name="HeaderIncludeName">What the translation unit includes, e.g. <c>linux/nsfs.h</c>.</param>
/// <param name="Constants">
/// Macro (or enumerator) names whose integer value is wanted. The caller decides which names are
/// ioctl requests; the oracle does not parse C itself.
/// </param>
/// <param name="Structs">Structs whose size, alignment and field offsets are wanted.</param>
/// <param name="TypeProbes">
/// C type spellings (e.g. <c>long long</c>, <c>__u64</c>) whose size, alignment and alignment as a
/// struct member are wanted: the data-model facts behind every layout.
/// </param>
public sealed record OracleQuery(
    string Triple,
    IReadOnlyList<string> IncludeDirectories,
    string HeaderIncludeName,
    IReadOnlyList<string> Constants,
    IReadOnlyList<OracleStructQuery> Structs,
    IReadOnlyList<string> TypeProbes)
{
    /// <summary>
    /// Headers included before <see cref="HeaderIncludeName"/>, for a header version that uses types
    /// it does not include itself (e.g. a development snapshot using __u32 without linux/types.h).
    /// Empty by default: a header must normally compile on its own.
    /// </summary>
    public IReadOnlyList<string> PreludeIncludes { get; init; } = [];

    /// <summary>
    /// When true, only errors fail the query; warnings in the headers (a foreign tree has plenty) are
    /// ignored. False by default: the vendored headers and fixtures must compile cleanly.
    /// </summary>
    public bool ToleratesWarnings { get; init; }

    /// <summary>
    /// When true, every struct the header itself defines (<see cref="OracleResult.DefinedStructs"/>) is
    /// measured, with all its named fields, on top of <see cref="Structs"/>: one parse instead of a
    /// survey and a second query.
    /// </summary>
    public bool MeasuresEveryDefinedStruct { get; init; }
}
