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
    /// <summary>Anything else (void, an untagged record, a function): no blittable equivalent.</summary>
    Other,
}
