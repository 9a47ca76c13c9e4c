namespace Nsfs;

/// <summary>A namespace class bound to one namespace type, so generic code can name the type it expects.</summary>
public interface ITypedNamespace
{
    /// <summary>The namespace type every instance of the class has (what <see cref="NamespaceHandle.NamespaceType"/> returns).</summary>
    static abstract NamespaceType NamespaceType { get; }
}
