namespace Nsfs.Headers.Types;

/// <summary>
/// The type of a bit-field member as laid out: its declared type and width. Only
/// <see cref="FieldLayout"/> holds one (a bit-field has no C# field type; its offset and width are
/// reported in bits).
/// </summary>
/// <param name="declared">The declared type of the member.</param>
/// <param name="width">Its width in bits.</param>
public sealed class BitFieldType(CType declared, int width) : CType
{
    /// <summary>The declared type (<c>__u32</c> in <c>__u32 flags : 3</c>).</summary>
    public CType Declared { get; } = declared;

    /// <summary>The width in bits.</summary>
    public int Width { get; } = width;

    /// <inheritdoc />
    public override string Spelling => Declared.Spelling + " : " + Width.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
