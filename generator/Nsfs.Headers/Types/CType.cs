namespace Nsfs.Headers.Types;

/// <summary>A C type as far as layout and constant expressions need it.</summary>
public abstract class CType
{
    /// <summary>How the type is spelled in C (for messages and generated docs).</summary>
    public abstract string Spelling { get; }

    /// <summary>
    /// How many types this one is built from, nested (1 for a basic type; one more for each pointer,
    /// array or containing record). Every walk over a type recurses at most this deep, and the parser
    /// refuses types deeper than <see cref="HeaderLimits.MaxTypeDepth"/>.
    /// </summary>
    public virtual int Depth => 1;

    /// <inheritdoc />
    public override string ToString() => Spelling;
}
