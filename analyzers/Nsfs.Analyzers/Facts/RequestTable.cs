using System.Collections.Concurrent;
using System.Threading;

namespace Nsfs.Analyzers.Facts;

/// <summary>
/// The requests of one compilation, read from the <c>[IoctlRequest]</c> fields the generator emitted
/// (in the Nsfs runtime, in other referenced assemblies built with the generator, and in the
/// compilation itself). Nothing about ioctls is hard-coded here: names, kinds, sizes and every
/// architecture's value come from that metadata. Field lookups are cached; the value index (needed
/// only when a call passes a number) is built once, on first use.
/// </summary>
internal sealed class RequestTable
{
    private readonly Compilation _compilation;
    private readonly INamedTypeSymbol _requestAttribute;
    private readonly INamedTypeSymbol? _architectureAttribute;
    private readonly ConcurrentDictionary<IFieldSymbol, FieldEntry> _fields = new(SymbolEqualityComparer.Default);
    private readonly Lazy<Dictionary<uint, ImmutableArray<ArchitectureConstant>>> _byValue;

    public RequestTable(Compilation compilation, INamedTypeSymbol requestAttribute, INamedTypeSymbol? architectureAttribute)
    {
        _compilation = compilation;
        _requestAttribute = requestAttribute;
        _architectureAttribute = architectureAttribute;
        _byValue = new Lazy<Dictionary<uint, ImmutableArray<ArchitectureConstant>>>(BuildValueIndex, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>
    /// The request a field names: a current-process field carrying <c>[IoctlRequest]</c>, or a const
    /// in a per-architecture table (then <paramref name="architecture"/> names the table).
    /// </summary>
    public IoctlRequestFacts? ForField(IFieldSymbol field, out string? architecture)
    {
        var entry = _fields.GetOrAdd(field.OriginalDefinition, ReadField);
        architecture = entry.Architecture;
        return entry.Request;
    }

    /// <summary>Every (request, architecture) whose encoded value is <paramref name="value"/>.</summary>
    public ImmutableArray<ArchitectureConstant> ForValue(uint value) =>
        _byValue.Value.TryGetValue(value, out var found) ? found : ImmutableArray<ArchitectureConstant>.Empty;

    /// <summary>The architecture a nested table stands for (its <c>[IoctlArchitectureTable]</c> argument), by member name.</summary>
    public string? TableArchitecture(INamedTypeSymbol type)
    {
        if (_architectureAttribute is null)
        {
            return null;
        }

        foreach (var attribute in type.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _architectureAttribute)
                && attribute.ConstructorArguments.Length == 1
                && attribute.ConstructorArguments[0] is { Type: INamedTypeSymbol enumType, Value: { } raw })
            {
                return enumType.GetMembers().OfType<IFieldSymbol>()
                    .FirstOrDefault(f => f.HasConstantValue && Equals(f.ConstantValue, raw))?.Name;
            }
        }

        return null;
    }

    private FieldEntry ReadField(IFieldSymbol field)
    {
        if (ReadFacts(field) is { } facts)
        {
            return new FieldEntry(facts, null);
        }

        // A per-architecture const: LinuxNsfs.X64.NS_GET_ID stands for LinuxNsfs.NS_GET_ID.
        if (field.IsConst && field.ContainingType is { ContainingType: { } outer } table
            && TableArchitecture(table) is { } architecture)
        {
            foreach (var member in outer.GetMembers(field.Name))
            {
                if (member is IFieldSymbol current && ReadFacts(current) is { } outerFacts)
                {
                    return new FieldEntry(outerFacts, architecture);
                }
            }
        }

        return FieldEntry.None;
    }

    private IoctlRequestFacts? ReadFacts(IFieldSymbol field)
    {
        foreach (var attribute in field.GetAttributes())
        {
            if (!SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _requestAttribute)
                || attribute.ConstructorArguments.Length < 2
                || attribute.ConstructorArguments[0].Value is not string name)
            {
                continue;
            }

            int size = 0, argument = 0, argumentSize = 0, result = 0;
            string? argumentType = null, namespaceTypes = null;
            foreach (var named in attribute.NamedArguments)
            {
                switch (named.Key)
                {
                    case "Size": size = AsInt(named.Value); break;
                    case "Argument": argument = AsInt(named.Value); break;
                    case "ArgumentSize": argumentSize = AsInt(named.Value); break;
                    case "Result": result = AsInt(named.Value); break;
                    case "ArgumentType": argumentType = named.Value.Value as string; break;
                    case "NamespaceTypes": namespaceTypes = named.Value.Value as string; break;
                }
            }

            return new IoctlRequestFacts(field, name, attribute.ConstructorArguments[1].Value as string ?? "")
            {
                Size = size,
                Argument = (IoctlArgumentKind)argument,
                ArgumentSize = argumentSize,
                ArgumentType = argumentType,
                Result = (IoctlResultKind)result,
                NamespaceTypes = string.IsNullOrEmpty(namespaceTypes)
                    ? ImmutableArray<string>.Empty
                    : namespaceTypes!.Split(',').Select(t => t.Trim()).Where(t => t.Length > 0).ToImmutableArray(),
            };
        }

        return null;
    }

    private static int AsInt(TypedConstant constant) => constant.Value is { } value ? Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture) : 0;

    /// <summary>Walks the assemblies that can hold generated requests and indexes every architecture's value.</summary>
    private Dictionary<uint, ImmutableArray<ArchitectureConstant>> BuildValueIndex()
    {
        var builder = new Dictionary<uint, ImmutableArray<ArchitectureConstant>.Builder>();
        var metadataAssembly = _requestAttribute.ContainingAssembly;
        foreach (var assembly in CandidateAssemblies(metadataAssembly))
        {
            IndexNamespace(assembly.GlobalNamespace, builder);
        }

        return builder.ToDictionary(pair => pair.Key, pair => pair.Value.ToImmutable());
    }

    /// <summary>Only assemblies that can carry <c>[IoctlRequest]</c>: the one defining it, those referencing it, and the compilation.</summary>
    private IEnumerable<IAssemblySymbol> CandidateAssemblies(IAssemblySymbol metadataAssembly)
    {
        yield return _compilation.Assembly;
        foreach (var reference in _compilation.References)
        {
            if (_compilation.GetAssemblyOrModuleSymbol(reference) is IAssemblySymbol assembly
                && !SymbolEqualityComparer.Default.Equals(assembly, _compilation.Assembly)
                && (SymbolEqualityComparer.Default.Equals(assembly, metadataAssembly)
                    || assembly.Modules.Any(m => m.ReferencedAssemblySymbols.Any(r => SymbolEqualityComparer.Default.Equals(r, metadataAssembly)))))
            {
                yield return assembly;
            }
        }
    }

    private void IndexNamespace(INamespaceSymbol ns, Dictionary<uint, ImmutableArray<ArchitectureConstant>.Builder> index)
    {
        foreach (var member in ns.GetMembers())
        {
            if (member is INamespaceSymbol child)
            {
                IndexNamespace(child, index);
            }
            else if (member is INamedTypeSymbol { IsStatic: true } type)
            {
                IndexRequestClass(type, index);
            }
        }
    }

    private void IndexRequestClass(INamedTypeSymbol type, Dictionary<uint, ImmutableArray<ArchitectureConstant>.Builder> index)
    {
        foreach (var table in type.GetTypeMembers())
        {
            if (TableArchitecture(table) is not { } architecture)
            {
                // Request classes may be nested in a user's own static class.
                if (table.IsStatic)
                {
                    IndexRequestClass(table, index);
                }

                continue;
            }

            foreach (var constant in table.GetMembers().OfType<IFieldSymbol>())
            {
                if (constant is { IsConst: true, ConstantValue: { } raw }
                    && ForField(constant, out _) is { } request
                    && TryNormalize(raw, out uint value))
                {
                    if (!index.TryGetValue(value, out var list))
                    {
                        index[value] = list = ImmutableArray.CreateBuilder<ArchitectureConstant>();
                    }

                    list.Add(new ArchitectureConstant(request, architecture, value));
                }
            }
        }
    }

    /// <summary>Requests are 32-bit; an int-typed constant such as <c>unchecked((int)0x8004b706)</c> means the same bits.</summary>
    public static bool TryNormalize(object? raw, out uint value)
    {
        switch (raw)
        {
            case uint u: value = u; return true;
            case int i: value = unchecked((uint)i); return true;
            case ulong ul when ul <= uint.MaxValue: value = (uint)ul; return true;
            case long l when l >= int.MinValue && l <= uint.MaxValue: value = unchecked((uint)l); return true;
            case ushort us: value = us; return true;
            case short s: value = unchecked((uint)s); return true;
            default: value = 0; return false;
        }
    }

    private readonly record struct FieldEntry(IoctlRequestFacts? Request, string? Architecture)
    {
        public static readonly FieldEntry None = new(null, null);
    }
}
