namespace Nsfs.Metadata;

/// <summary>
/// Facts about one ioctl request, emitted by the Nsfs generator on every request it generates and
/// read by the Nsfs analyzers. The facts come from the header (form, direction, type, number, size)
/// and from the header's <c>.facts</c> annotation file (argument, result, namespace type).
/// </summary>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class IoctlRequestAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="name">The C macro name, e.g. <c>NS_GET_PID_FROM_PIDNS</c>.</param>
    /// <param name="form">The macro body as written in the header, e.g. <c>_IOR(NSIO, 0x6, int)</c>.</param>
    public IoctlRequestAttribute(string name, string form)
    {
        Name = name;
        Form = form;
    }

    /// <summary>The C macro name.</summary>
    public string Name { get; }

    /// <summary>The macro body as written in the header.</summary>
    public string Form { get; }

    /// <summary>The header the request is defined in, relative to its include root (e.g. <c>linux/nsfs.h</c>).</summary>
    public string? Header { get; set; }

    /// <summary>The 1-based line of the <c>#define</c>.</summary>
    public int Line { get; set; }

    /// <summary>The encoded direction.</summary>
    public IoctlDirection Direction { get; set; }

    /// <summary>The encoded type (magic) byte, e.g. <c>0xb7</c> for nsfs.</summary>
    public int Type { get; set; }

    /// <summary>The encoded command number.</summary>
    public int Number { get; set; }

    /// <summary>The encoded argument size in bytes, or -1 when it differs between architectures.</summary>
    public int Size { get; set; }

    /// <summary>How the kernel really uses the argument.</summary>
    public IoctlArgumentKind Argument { get; set; }

    /// <summary>The C type the argument points to or holds (e.g. <c>__u64</c>), when known.</summary>
    public string? ArgumentType { get; set; }

    /// <summary>The size in bytes of <see cref="ArgumentType"/>, -1 when it differs between architectures, 0 when none.</summary>
    public int ArgumentSize { get; set; }

    /// <summary>What a successful call returns.</summary>
    public IoctlResultKind Result { get; set; }

    /// <summary>
    /// The namespace types (lower-case nsfs names such as <c>pid</c>, <c>mnt</c>, <c>user</c>,
    /// comma-separated) whose handles accept the request; <see langword="null"/> when any namespace
    /// (or a non-namespace file such as a pidfd) is meant.
    /// </summary>
    public string? NamespaceTypes { get; set; }

    /// <summary>Comma-separated errno names a caller must expect (e.g. <c>ESRCH,EINVAL</c>).</summary>
    public string? Errors { get; set; }
}
