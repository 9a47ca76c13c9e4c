namespace Nsfs.Analyzers.Facts;

/// <summary>A request's value in one per-architecture table (a nested <c>[IoctlArchitectureTable]</c> class).</summary>
internal readonly struct ArchitectureConstant
{
    public ArchitectureConstant(IoctlRequestFacts request, string architecture, uint value)
    {
        Request = request;
        Architecture = architecture;
        Value = value;
    }

    public IoctlRequestFacts Request { get; }

    /// <summary>The LinuxArchitecture member name, e.g. <c>X64</c>.</summary>
    public string Architecture { get; }

    public uint Value { get; }
}
