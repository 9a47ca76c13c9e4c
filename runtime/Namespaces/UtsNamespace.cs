namespace Nsfs;

/// <summary>A UTS (host and domain name) namespace.</summary>
public sealed class UtsNamespace : NamespaceHandle<UtsNamespace>, ITypedNamespace
{
    internal UtsNamespace(SafeNamespaceHandle handle, NamespaceIdentity? identity, string? path)
        : base(handle, identity, path)
    {
    }

    /// <inheritdoc />
    static NamespaceType ITypedNamespace.NamespaceType => NamespaceType.Uts;
}
