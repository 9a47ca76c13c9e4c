namespace Nsfs.Headers.Baseline;

/// <summary>What changed about one ioctl request between two versions of a header.</summary>
public enum AbiChangeKind
{
    /// <summary>The type or nr changed: old binaries send a request the kernel no longer knows (or one that now means something else).</summary>
    Renumbered,
    /// <summary>The direction kind changed (e.g. <c>_IO</c> → <c>_IOR</c>), which changes the encoded value.</summary>
    DirectionChanged,
    /// <summary>The encoded size changed and the struct is not declared extensible, or it shrank.</summary>
    SizeChanged,
    /// <summary>A struct with a <c>&lt;TAG&gt;_SIZE_VER0</c> macro grew; the kernel accepts every size from VER0 up.</summary>
    ExtensibleGrowth,
    /// <summary>The request is gone.</summary>
    Removed,
    /// <summary>The request is new.</summary>
    Added,
    /// <summary>Two requests of the new header share a type and nr, so the kernel cannot tell them apart.</summary>
    Collision,
}
