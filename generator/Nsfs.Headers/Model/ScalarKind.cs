namespace Nsfs.Headers.Model;

/// <summary>The sorts of C field element types the model distinguishes.</summary>
public enum ScalarKind
{
    /// <summary>An integer type (<see cref="ScalarType.Integer"/> says which).</summary>
    Integer,
    /// <summary>Any pointer.</summary>
    Pointer,
    /// <summary>An enum (int-sized).</summary>
    Enum,
    /// <summary>A struct or union with a tag.</summary>
    Record,
    /// <summary>C <c>float</c>.</summary>
    Float,
    /// <summary>C <c>double</c>.</summary>
    Double,
    /// <summary>Anything else (void, an untagged record, a function, a bit-field, <c>long double</c>, <c>__int128</c>): no blittable equivalent.</summary>
    Other,
}
