namespace Nsfs.Headers.Baseline;

/// <summary>One ABI change of one request between an old and a new version of a header.</summary>
/// <param name="Name">The request's macro name.</param>
/// <param name="Kind">What changed; when several facts changed, the most severe (renumbered, then direction, then size).</param>
/// <param name="Class">Whether old binaries break.</param>
/// <param name="Old">The request in the old version; <see langword="null"/> when added, or for a collision (which is about the new version alone).</param>
/// <param name="New">The request in the new version; <see langword="null"/> when removed.</param>
/// <param name="Location">Where to point: the request's <c>#define</c> in the new header, or for a removal where the old side declared it.</param>
/// <param name="Detail">Every fact that changed, e.g. <c>nr 0x05 → 0x06</c>, or the requests that collide.</param>
public sealed record AbiChange(string Name, AbiChangeKind Kind, AbiChangeClass Class, AbiRequest? Old, AbiRequest? New, SourceLocation Location, string Detail);
