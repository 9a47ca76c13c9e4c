namespace Nsfs.Headers.Model;

/// <summary>One ioctl request of a header with its value on every architecture.</summary>
/// <param name="Name">The macro name.</param>
/// <param name="Form">The macro body as written, e.g. <c>_IOR(NSIO, 0x6, int)</c>.</param>
/// <param name="Documentation">The header's comment for it.</param>
/// <param name="Location">Where the macro name stands.</param>
/// <param name="SizeType">The type named as the size argument (<c>int</c>, <c>struct mnt_ns_info</c>), or <see langword="null"/> for <c>_IO</c>.</param>
/// <param name="Values">The encoding per architecture, in data-model order.</param>
/// <param name="Facts">Annotations from the header's facts file, when it has an entry.</param>
/// <param name="SizeFollowsDataModel">
/// True when the size changes with the word size alone (its type holds a <c>long</c> or a pointer):
/// such a request and a fixed-size twin with its nr are a compat pair, not a collision.
/// </param>
public sealed record RequestModel(
    string Name,
    string Form,
    string? Documentation,
    SourceLocation Location,
    string? SizeType,
    EquatableArray<ArchRequestValue> Values,
    RequestFacts? Facts,
    bool SizeFollowsDataModel = false);
