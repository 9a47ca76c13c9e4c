namespace Nsfs.Headers.Types;

/// <summary>A pointer.</summary>
/// <param name="target">The type pointed to.</param>
public sealed class PointerType(CType target) : CType
{
    /// <summary>The pointee.</summary>
    public CType Target { get; } = target;

    /// <inheritdoc />
    public override int Depth { get; } = target.Depth + 1;

    /// <inheritdoc />
    public override string Spelling => Target.Spelling + " *";
}
