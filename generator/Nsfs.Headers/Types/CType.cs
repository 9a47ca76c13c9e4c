using System.Collections.Generic;

namespace Nsfs.Headers.Types;

/// <summary>A C type as far as layout and constant expressions need it.</summary>
public abstract class CType
{
    /// <summary>How the type is spelled in C (for messages and generated docs).</summary>
    public abstract string Spelling { get; }

    /// <summary>
    /// How many types this one is built from, nested (1 for a basic type; one more for each pointer,
    /// array or containing record). Every walk over a type recurses at most this deep, and the parser
    /// refuses types deeper than <see cref="HeaderLimits.MaxTypeDepth"/>.
    /// </summary>
    public virtual int Depth => 1;

    /// <inheritdoc />
    public override string ToString() => Spelling;
}

/// <summary>An integer type; size and alignment come from the data model.</summary>
public sealed class IntegerType : CType
{
    /// <summary>Creates an integer type, optionally named by a typedef and with a forced alignment.</summary>
    public IntegerType(IntegerKind kind, string? typedefName = null, int? alignment = null)
    {
        Kind = kind;
        TypedefName = typedefName;
        Alignment = alignment;
    }

    /// <summary>The underlying C integer kind.</summary>
    public IntegerKind Kind { get; }

    /// <summary>The typedef name when the type came from one (e.g. <c>__u64</c>).</summary>
    public string? TypedefName { get; }

    /// <summary>
    /// The alignment a typedef's <c>__attribute__((aligned(N)))</c> gives the type (<c>__aligned_u64</c>);
    /// it replaces the natural alignment, lowering it too, as GCC and clang do for typedefs.
    /// </summary>
    public int? Alignment { get; }

    /// <inheritdoc />
    public override string Spelling => TypedefName ?? IntegerKinds.Spelling(Kind);
}

/// <summary>A pointer.</summary>
public sealed class PointerType : CType
{
    /// <summary>Creates a pointer to <paramref name="target"/>.</summary>
    public PointerType(CType target)
    {
        Target = target;
        Depth = target.Depth + 1;
    }

    /// <summary>The pointee.</summary>
    public CType Target { get; }

    /// <inheritdoc />
    public override int Depth { get; }

    /// <inheritdoc />
    public override string Spelling => Target.Spelling + " *";
}

/// <summary>An array; a <see langword="null"/> length is a flexible array member.</summary>
public sealed class ArrayType : CType
{
    /// <summary>Creates an array type.</summary>
    public ArrayType(CType element, long? length)
    {
        Element = element;
        Length = length;
        Depth = element.Depth + 1;
    }

    /// <inheritdoc />
    public override int Depth { get; }

    /// <summary>The element type.</summary>
    public CType Element { get; }

    /// <summary>The element count, or <see langword="null"/> for <c>[]</c>.</summary>
    public long? Length { get; }

    /// <inheritdoc />
    public override string Spelling => $"{Element.Spelling}[{Length}]";
}

/// <summary>The type <c>void</c> (only behind pointers).</summary>
public sealed class VoidType : CType
{
    /// <summary>The one instance.</summary>
    public static VoidType Instance { get; } = new();

    /// <inheritdoc />
    public override string Spelling => "void";
}

/// <summary>A C enum type; its size is that of <c>int</c> unless a value needs more (GCC rules).</summary>
public sealed class EnumType : CType
{
    /// <summary>Creates an enum type.</summary>
    public EnumType(string? tag) => Tag = tag;

    /// <summary>The tag, or <see langword="null"/> for an anonymous enum.</summary>
    public string? Tag { get; }

    /// <summary>The constants in declaration order.</summary>
    public List<KeyValuePair<string, CValue>> Constants { get; } = new();

    /// <summary>True once the body was seen.</summary>
    public bool IsComplete { get; set; }

    /// <inheritdoc />
    public override string Spelling => "enum " + (Tag ?? "<anonymous>");
}

/// <summary>A struct or union.</summary>
public sealed class RecordType : CType
{
    /// <summary>Creates an (as yet incomplete) record type.</summary>
    public RecordType(string? tag, bool isUnion, SourceLocation location)
    {
        Tag = tag;
        IsUnion = isUnion;
        Location = location;
    }

    /// <summary>The tag, or <see langword="null"/> for an anonymous struct or union.</summary>
    public string? Tag { get; }

    /// <summary>True for a union.</summary>
    public bool IsUnion { get; }

    /// <summary>Where the record is declared (where its body starts, once it has one).</summary>
    public SourceLocation Location { get; set; }

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
