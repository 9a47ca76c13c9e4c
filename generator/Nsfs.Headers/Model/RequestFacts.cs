namespace Nsfs.Headers.Model;

/// <summary>
/// What a header cannot say about a request, from its <c>.facts</c> annotation file: how the kernel
/// really uses the argument, what it returns, which namespace types accept it and which errors to expect.
/// </summary>
/// <param name="Argument">none, value, out, in or inout.</param>
/// <param name="ArgumentType">The C type of the value or pointee (e.g. <c>__u64</c>), or <see langword="null"/>.</param>
/// <param name="Result">zero, fd, pid or value.</param>
/// <param name="NamespaceTypes">Comma-separated nsfs type names (<c>pid</c>, <c>mnt</c>, …) or <see langword="null"/> for any.</param>
/// <param name="Errors">Comma-separated errno names.</param>
public sealed record RequestFacts(string Argument, string? ArgumentType, string Result, string? NamespaceTypes, string? Errors);
