namespace Nsfs.Headers.Types;

/// <summary>The C real floating types.</summary>
public enum FloatingKind
{
    /// <summary><c>float</c>.</summary>
    Float,
    /// <summary><c>double</c>.</summary>
    Double,
    /// <summary><c>long double</c> (its size and alignment differ most between targets).</summary>
    LongDouble,
}
