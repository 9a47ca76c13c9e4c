namespace Nsfs.Generator.Tests.Oracle;

/// <summary>Everything clang answered for one <see cref="OracleQuery"/> (one translation unit).</summary>
/// <param name="Query">The question.</param>
/// <param name="HeaderPath">The file clang actually included for the header (fixture or vendored copy).</param>
/// <param name="DefinedMacros">
/// Names of the macros that file itself defines, in order (clang's preprocessing record), so callers
/// can check their own list of names is complete.
/// </param>
/// <param name="DefinedStructs">
/// The struct definitions that file itself holds, each with its field names in order (members of
/// anonymous structs and unions flattened, as C code names them).
/// </param>
/// <param name="Constants">Per requested name.</param>
/// <param name="Structs">Per requested struct.</param>
/// <param name="TypeProbes">Per requested type spelling.</param>
public sealed record OracleResult(
    OracleQuery Query,
    string HeaderPath,
    IReadOnlyList<string> DefinedMacros,
    IReadOnlyList<OracleStructQuery> DefinedStructs,
    IReadOnlyDictionary<string, OracleConstant> Constants,
    IReadOnlyDictionary<string, OracleStructLayout> Structs,
    IReadOnlyDictionary<string, OracleTypeProbe> TypeProbes);
