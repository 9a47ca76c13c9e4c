namespace Nsfs.Headers.Types;

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
