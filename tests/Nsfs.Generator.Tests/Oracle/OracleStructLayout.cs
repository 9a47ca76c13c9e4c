namespace Nsfs.Generator.Tests.Oracle;

/// <summary>clang's layout of one struct on one target.</summary>
/// <param name="Name">The struct tag.</param>
/// <param name="Error">
/// Why there is no layout (the struct is not defined by the headers, or is incomplete);
/// <see langword="null"/> when it was measured.
/// </param>
/// <param name="Size">sizeof, in bytes.</param>
/// <param name="Alignment">alignof, in bytes.</param>
/// <param name="FieldOffsetBits">
/// offsetof per requested field, in bits (clang's unit, kept so a bit-field is not silently rounded);
/// a field clang does not know is absent from the dictionary and listed in <see cref="MissingFields"/>.
/// </param>
/// <param name="MissingFields">Requested fields clang could not find in the struct.</param>
public sealed record OracleStructLayout(
    string Name,
    string? Error,
    long Size,
    long Alignment,
    IReadOnlyDictionary<string, long> FieldOffsetBits,
    IReadOnlyList<string> MissingFields)
{
    /// <summary>offsetof(struct Name, field) in bytes.</summary>
    /// <exception cref="KeyNotFoundException">The field was not requested or not found.</exception>
    /// <exception cref="InvalidOperationException">The field is a bit-field not starting on a byte.</exception>
    public long OffsetOf(string field)
    {
        var bits = FieldOffsetBits[field];
        return bits % 8 == 0
            ? bits / 8
            : throw new InvalidOperationException($"{Name}.{field} starts at bit {bits}, inside a byte.");
    }
}
