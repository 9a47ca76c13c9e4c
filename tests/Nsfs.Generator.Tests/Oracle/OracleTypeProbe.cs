namespace Nsfs.Generator.Tests.Oracle;

/// <summary>Data-model facts about one C type on one target.</summary>
/// <param name="Type">The C type spelling that was probed.</param>
/// <param name="Size">sizeof(Type).</param>
/// <param name="Alignment">clang's alignof(Type) for a standalone object.</param>
/// <param name="AlignmentInStruct">
/// offsetof the member in <c>struct { char c; Type m; }</c>: the alignment the type really gets inside
/// a struct, which is what uapi layouts depend on (it differs from <see cref="Alignment"/> where an
/// ABI aligns standalone objects more strictly than members).
/// </param>
public sealed record OracleTypeProbe(string Type, long Size, long Alignment, long AlignmentInStruct);
