using System.Runtime.CompilerServices;

namespace Nsfs.Analyzers.Facts;

/// <summary>
/// The Nsfs types the rules look for, resolved once per compilation and shared by every analyzer
/// (a ConditionalWeakTable keyed by the compilation, so nothing outlives it). <see cref="Get"/>
/// returns null when the compilation cannot see <c>Nsfs.Metadata.IoctlRequestAttribute</c>: then
/// no rule registers anything.
/// </summary>
internal sealed class NsfsSymbols
{
    private static readonly ConditionalWeakTable<Compilation, StrongBox<NsfsSymbols?>> Cache = new();

    private NsfsSymbols(Compilation compilation, INamedTypeSymbol requestAttribute)
    {
        Compilation = compilation;
        Requests = new RequestTable(compilation, requestAttribute,
            compilation.GetTypeByMetadataName("Nsfs.Metadata.IoctlArchitectureTableAttribute"));
        NamespaceHandle = compilation.GetTypeByMetadataName("Nsfs.NamespaceHandle");
        PidNamespace = compilation.GetTypeByMetadataName("Nsfs.PidNamespace");
        PidFd = compilation.GetTypeByMetadataName("Nsfs.PidFd");
        PidRef = compilation.GetTypeByMetadataName("Nsfs.PidRef");
        NamespaceType = compilation.GetTypeByMetadataName("Nsfs.Uapi.NamespaceType");
        Process = compilation.GetTypeByMetadataName("System.Diagnostics.Process");
        SafeHandle = compilation.GetTypeByMetadataName("System.Runtime.InteropServices.SafeHandle");
        LibraryImportAttribute = compilation.GetTypeByMetadataName("System.Runtime.InteropServices.LibraryImportAttribute");

        foreach (var pair in NamespaceKinds.ByTypedClass)
        {
            if (compilation.GetTypeByMetadataName("Nsfs." + pair.Key) is { } typed)
            {
                TypedNamespaces[typed] = pair.Value;
            }
        }

        if (NamespaceType is not null)
        {
            foreach (var member in NamespaceType.GetMembers())
            {
                if (member is IFieldSymbol { HasConstantValue: true, ConstantValue: int value }
                    && NamespaceKinds.ByEnumMember.TryGetValue(member.Name, out var kind))
                {
                    NamespaceTypeValues[value] = kind;
                }
            }
        }
    }

    public Compilation Compilation { get; }

    public RequestTable Requests { get; }

    public INamedTypeSymbol? NamespaceHandle { get; }

    public INamedTypeSymbol? PidNamespace { get; }

    public INamedTypeSymbol? PidFd { get; }

    public INamedTypeSymbol? PidRef { get; }

    public INamedTypeSymbol? NamespaceType { get; }

    public INamedTypeSymbol? Process { get; }

    public INamedTypeSymbol? SafeHandle { get; }

    public INamedTypeSymbol? LibraryImportAttribute { get; }

    /// <summary>PidNamespace, MountNamespace, … → nsfs name.</summary>
    public Dictionary<INamedTypeSymbol, string> TypedNamespaces { get; } = new(SymbolEqualityComparer.Default);

    /// <summary>NamespaceType value → nsfs name.</summary>
    public Dictionary<int, string> NamespaceTypeValues { get; } = new();

    /// <summary>The symbols for <paramref name="compilation"/>, or null when the Nsfs metadata is not referenced.</summary>
    public static NsfsSymbols? Get(Compilation compilation) =>
        Cache.GetValue(compilation, static c =>
            new StrongBox<NsfsSymbols?>(c.GetTypeByMetadataName("Nsfs.Metadata.IoctlRequestAttribute") is { } attribute
                ? new NsfsSymbols(c, attribute)
                : null)).Value;

    /// <summary>The namespace type a typed class stands for, or null.</summary>
    public string? KindOfType(ITypeSymbol? type) =>
        type is INamedTypeSymbol named && TypedNamespaces.TryGetValue(named, out var kind) ? kind : null;

    /// <summary>Whether <paramref name="type"/> is <paramref name="baseType"/> or derives from it.</summary>
    public static bool DerivesFrom(ITypeSymbol? type, INamedTypeSymbol? baseType)
    {
        for (var current = type; current is not null && baseType is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseType))
            {
                return true;
            }
        }

        return false;
    }
}
