namespace Nsfs.Runtime.Tests.Infrastructure;

/// <summary>
/// Tests that count this process's descriptors or need the machine quiet run alone, after the
/// parallel ones: another test opening fds at the same time would change the count.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialDefinition
{
    public const string Name = "Serial";
}
