namespace Nsfs.Headers.Baseline;

/// <summary>How an ABI change affects binaries built against the old header.</summary>
public enum AbiChangeClass
{
    /// <summary>Old binaries break (wrong request value, or a request they use is gone).</summary>
    Breaking,
    /// <summary>Old binaries keep working (an extensible struct grew).</summary>
    Compatible,
    /// <summary>Something new appeared; nothing existing is affected.</summary>
    Added,
}
