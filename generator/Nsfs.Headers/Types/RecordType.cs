namespace Nsfs.Headers.Types;

/// <summary>A struct or union.</summary>
/// <remarks>Incomplete until the parser has read its body.</remarks>
/// <param name="tag">The struct or union tag; <see langword="null"/> when anonymous.</param>
/// <param name="isUnion">Whether it is a union.</param>
/// <param name="location">Where it is declared.</param>
public sealed class RecordType(string? tag, bool isUnion, SourceLocation location) : CType
{
    /// <summary>The tag, or <see langword="null"/> for an anonymous struct or union.</summary>
    public string? Tag { get; } = tag;

    /// <summary>True for a union.</summary>
    public bool IsUnion { get; } = isUnion;

    /// <summary>Where the record is declared (where its body starts, once it has one).</summary>
    public SourceLocation Location { get; set; } = location;

    private readonly List<RecordMember> _members = new();
    private int _depth = 1;

    /// <summary>The members, in order; anonymous struct/union members have a <see langword="null"/> name.</summary>
    public IReadOnlyList<RecordMember> Members => _members;

    /// <inheritdoc />
    public override int Depth => _depth;

    /// <summary>The layout last computed, for the data model it was computed under (see <see cref="Layouts"/>).</summary>
    internal (DataModel Model, long Size, int Align)? MeasuredLayout { get; set; }

    /// <summary>Appends a member.</summary>
    public void AddMember(RecordMember member)
    {
        _members.Add(member);
        _depth = System.Math.Max(_depth, member.Type.Depth + 1);
        MeasuredLayout = null;
    }

    /// <summary>True once the body was seen.</summary>
    public bool IsComplete { get; set; }

    /// <summary><c>__attribute__((packed))</c> on the record.</summary>
    public bool IsPacked { get; set; }

    /// <summary>The <c>#pragma pack</c> value in effect where the record was defined: no member is aligned more.</summary>
    public int? MaxFieldAlignment { get; set; }

    /// <summary><c>__attribute__((aligned(N)))</c> on the record.</summary>
    public int? Alignment { get; set; }

    /// <summary>The documentation comment above the declaration.</summary>
    public string? Documentation { get; set; }

    /// <inheritdoc />
    public override string Spelling => (IsUnion ? "union " : "struct ") + (Tag ?? "<anonymous>");
}
