namespace Nsfs.Headers.Types;

/// <summary>
/// The types and enum constants known while one header is processed for one architecture: the
/// data model's built-in typedefs plus everything the headers declare.
/// </summary>
public sealed class TypeTable
{
    private readonly Dictionary<string, CType> _typedefs;

    /// <summary>Creates a table seeded with the data model's built-in typedefs.</summary>
    public TypeTable(DataModel model)
    {
        Model = model;
        _typedefs = new Dictionary<string, CType>(System.StringComparer.Ordinal);
        foreach (var pair in model.BuiltinTypedefs)
        {
            _typedefs[pair.Key] = pair.Value;
        }
    }

    /// <summary>The data model.</summary>
    public DataModel Model { get; }

    /// <summary>Structs and unions by tag.</summary>
    public Dictionary<string, RecordType> Records { get; } = new(System.StringComparer.Ordinal);

    /// <summary>Enums by tag.</summary>
    public Dictionary<string, EnumType> Enums { get; } = new(System.StringComparer.Ordinal);

    /// <summary>Enum constants by name.</summary>
    public Dictionary<string, CValue> EnumConstants { get; } = new(System.StringComparer.Ordinal);

    /// <summary>Looks up a typedef name.</summary>
    public bool TryGetTypedef(string name, out CType type) => _typedefs.TryGetValue(name, out type!);

    /// <summary>Declares (or redeclares) a typedef.</summary>
    public void DeclareTypedef(string name, CType type) => _typedefs[name] = type;

    /// <summary>True when <paramref name="name"/> is a typedef name.</summary>
    public bool IsTypedef(string name) => _typedefs.ContainsKey(name);
}
