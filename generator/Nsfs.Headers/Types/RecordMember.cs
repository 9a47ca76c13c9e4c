namespace Nsfs.Headers.Types;

/// <summary>A member of a struct or union.</summary>
/// <param name="Name">The member name; <see langword="null"/> for an anonymous struct/union or an unnamed bit-field.</param>
/// <param name="Type">The declared type (of a bit-field: the type before the colon).</param>
/// <param name="Alignment"><c>__attribute__((aligned(N)))</c> on the member: raises its alignment.</param>
/// <param name="Location">Where the member is declared.</param>
/// <param name="Documentation">The comment on the member.</param>
public sealed record RecordMember(string? Name, CType Type, int? Alignment, SourceLocation Location, string? Documentation)
{
    /// <summary>The width of a bit-field member, or <see langword="null"/> for an ordinary member.</summary>
    public int? BitWidth { get; init; }

    /// <summary><c>__attribute__((packed))</c> on the member itself: alignment 1 unless <see cref="Alignment"/> raises it.</summary>
    public bool IsPacked { get; init; }
}
