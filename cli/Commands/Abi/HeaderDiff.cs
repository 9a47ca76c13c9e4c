using Nsfs.Headers.Baseline;

namespace Nsfs.Cli.Commands.Abi;

/// <summary>The ABI changes of one header (by include name) between the two sides of a diff.</summary>
internal sealed record HeaderDiff(string Header, IReadOnlyList<AbiChange> Changes);
