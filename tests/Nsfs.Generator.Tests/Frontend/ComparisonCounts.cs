namespace Nsfs.Generator.Tests.Frontend;

/// <summary>How many values the oracle comparison checked on one architecture.</summary>
public sealed class ComparisonCounts
{
    /// <summary>Request values, each with its decoded direction, type, nr and size.</summary>
    public int Requests { get; set; }

    /// <summary>Numeric macros and enumerators (value, signedness and C type).</summary>
    public int Constants { get; set; }

    /// <summary>Struct sizes (and alignments where clang's are the Linux ABI's).</summary>
    public int Structs { get; set; }

    /// <summary>Field offsets.</summary>
    public int Fields { get; set; }
}
