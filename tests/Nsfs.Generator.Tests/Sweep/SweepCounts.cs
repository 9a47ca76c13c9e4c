namespace Nsfs.Generator.Tests.Sweep;

/// <summary>What the sweep found on one architecture.</summary>
/// <param name="Arch">The architecture.</param>
/// <param name="Headers">Headers swept.</param>
/// <param name="HeadersClangRejects">Headers clang itself does not compile for this target (their pairs are excluded).</param>
/// <param name="Requests">Request pairs clang evaluates.</param>
/// <param name="RequestsAgree">Of those, where Nsfs gives the same value.</param>
/// <param name="RequestsAbsent">Of those, where Nsfs gives no value and no error at the request: silent absences.</param>
/// <param name="RequestsRefused">Of those, where Nsfs reports the request's field out of range (NSFS1006) instead of a value.</param>
/// <param name="RequestsExcluded">Requests clang defines but cannot evaluate (its error excludes them).</param>
/// <param name="Structs">Structs clang lays out.</param>
/// <param name="StructsAgree">Of those, where Nsfs gives the same size and every member offset.</param>
/// <param name="StructsAbsent">Of those, where Nsfs gives no layout.</param>
/// <param name="Problems">One line per mismatch or absence.</param>
public sealed record SweepCounts(
    string Arch,
    int Headers,
    int HeadersClangRejects,
    int Requests,
    int RequestsAgree,
    int RequestsAbsent,
    int RequestsRefused,
    int RequestsExcluded,
    int Structs,
    int StructsAgree,
    int StructsAbsent,
    IReadOnlyList<string> Problems)
{
    /// <summary>Each header clang rejects, with clang's first error.</summary>
    public IReadOnlyList<string> Rejections { get; init; } = [];

    public int RequestsMismatch => Requests - RequestsAgree - RequestsAbsent - RequestsRefused;

    public int StructsMismatch => Structs - StructsAgree - StructsAbsent;
}
