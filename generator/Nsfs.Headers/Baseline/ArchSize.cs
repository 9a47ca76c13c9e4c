namespace Nsfs.Headers.Baseline;

/// <summary>A request's encoded size on one architecture, where it differs from the request's usual size.</summary>
/// <param name="Arch">The data model name (<c>x86</c>, <c>arm</c>).</param>
/// <param name="Size">The size field of the request on that architecture.</param>
public sealed record ArchSize(string Arch, uint Size);
