namespace Nsfs.Headers.Types;

/// <summary>The type <c>void</c> (only behind pointers).</summary>
public sealed class VoidType : CType
{
    /// <summary>The one instance.</summary>
    public static VoidType Instance { get; } = new();

    /// <inheritdoc />
    public override string Spelling => "void";
}
