using Nsfs.Headers.Sources;

namespace Nsfs.Fuzz;

/// <summary>One header the fuzzer mutates, with the include roots it is read with.</summary>
/// <param name="Name">Where it comes from (<c>vendored:linux/nsfs.h</c>, <c>corpus:linux/videodev2.h</c>).</param>
/// <param name="Header">The header as given: its include name, display path and text.</param>
/// <param name="Roots">Where its includes resolve (the mutated text replaces the header itself).</param>
internal sealed record Seed(string Name, HeaderText Header, IHeaderProvider Roots);
