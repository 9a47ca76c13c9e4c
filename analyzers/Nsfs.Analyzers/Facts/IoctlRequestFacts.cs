namespace Nsfs.Analyzers.Facts;

/// <summary>
/// One request as the generator described it in <c>[Nsfs.Metadata.IoctlRequest]</c>: the analyzers'
/// only source of ioctl facts.
/// </summary>
/// <param name="Field">The current-process field carrying the attribute (e.g. <c>LinuxNsfs.NS_GET_ID</c>).</param>
/// <param name="Name">The C macro name.</param>
/// <param name="Form">The macro body, e.g. <c>_IOR(NSIO, 0x6, int)</c>.</param>
internal sealed record IoctlRequestFacts(IFieldSymbol Field, string Name, string Form)
{
    /// <summary>The encoded argument size (0 for <c>_IO</c>, -1 when it differs between architectures).</summary>
    public int Size { get; init; }

    /// <summary>How the kernel really uses the argument.</summary>
    public IoctlArgumentKind Argument { get; init; }

    /// <summary>The C type of the value or pointee, when known.</summary>
    public string? ArgumentType { get; init; }

    /// <summary>The size of <see cref="ArgumentType"/> (-1 when it differs between architectures, 0 when none).</summary>
    public int ArgumentSize { get; init; }

    /// <summary>What a successful call returns.</summary>
    public IoctlResultKind Result { get; init; }

    /// <summary>The nsfs namespace names whose handles accept the request; empty when any file is meant.</summary>
    public ImmutableArray<string> NamespaceTypes { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>Whether the kernel writes or reads through the argument.</summary>
    public bool TakesPointer => Argument is IoctlArgumentKind.PointerOut or IoctlArgumentKind.PointerIn or IoctlArgumentKind.PointerInOut;

    /// <summary>The size of the buffer the kernel uses: the pointee size, else the encoded size; 0 when unknown.</summary>
    public int BufferSize => ArgumentSize > 0 ? ArgumentSize : Size > 0 ? Size : 0;

    /// <summary>How code names the current-process value, e.g. <c>LinuxNsfs.NS_GET_ID</c>.</summary>
    public string DisplayField => Field.ContainingType.Name + "." + Field.Name;
}
