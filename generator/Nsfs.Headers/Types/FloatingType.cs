namespace Nsfs.Headers.Types;

/// <summary>A real floating type; only its size and alignment matter (uapi structs carry them, constants never do).</summary>
public sealed class FloatingType : CType
{
    private FloatingType(FloatingKind kind) => Kind = kind;

    /// <summary><c>float</c>.</summary>
    public static FloatingType Float { get; } = new(FloatingKind.Float);

    /// <summary><c>double</c>.</summary>
    public static FloatingType Double { get; } = new(FloatingKind.Double);

    /// <summary><c>long double</c>.</summary>
    public static FloatingType LongDouble { get; } = new(FloatingKind.LongDouble);

    /// <summary>Which floating type.</summary>
    public FloatingKind Kind { get; }

    /// <inheritdoc />
    public override string Spelling => Kind switch
    {
        FloatingKind.Float => "float",
        FloatingKind.Double => "double",
        _ => "long double",
    };
}
