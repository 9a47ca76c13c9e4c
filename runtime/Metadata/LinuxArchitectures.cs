namespace Nsfs.Metadata;

/// <summary>Chooses the <see cref="LinuxArchitecture"/> whose ioctl encoding applies to this process.</summary>
public static class LinuxArchitectures
{
    /// <summary>
    /// The architecture of the running process, or <see langword="null"/> when .NET runs on an
    /// architecture the generator has no data model for.
    /// </summary>
    public static LinuxArchitecture? Current { get; } = FromProcessArchitecture(RuntimeInformation.ProcessArchitecture);

    /// <summary>Maps a .NET <see cref="Architecture"/> to the Linux ABI a process of that architecture uses.</summary>
    /// <param name="architecture">A process architecture as reported by <see cref="RuntimeInformation"/>.</param>
    /// <returns>The matching Linux architecture, or <see langword="null"/> when there is none.</returns>
    public static LinuxArchitecture? FromProcessArchitecture(Architecture architecture) => architecture switch
    {
        Architecture.X64 => LinuxArchitecture.X64,
        Architecture.X86 => LinuxArchitecture.X86,
        Architecture.Arm or Architecture.Armv6 => LinuxArchitecture.Arm,
        Architecture.Arm64 => LinuxArchitecture.Arm64,
        Architecture.S390x => LinuxArchitecture.S390x,
        Architecture.LoongArch64 => LinuxArchitecture.LoongArch64,
        // ppc64le uses the powerpc _IOC encoding (13 size bits, 3 direction bits).
        Architecture.Ppc64le => LinuxArchitecture.Ppc64le,
        // Architecture.RiscV64 only exists from .NET 9 on; its value is 9 there.
        (Architecture)9 => LinuxArchitecture.RiscV64,
        _ => null,
    };

    /// <summary>
    /// Throws the exception generated code raises when a per-architecture value is read on an
    /// architecture without a data model, or on one where the header does not define it.
    /// Generated code calls this from its architecture switch.
    /// </summary>
    /// <typeparam name="T">The type of the value the caller wanted.</typeparam>
    /// <param name="name">The C name of the constant.</param>
    /// <returns>Never returns.</returns>
    /// <exception cref="PlatformNotSupportedException">Always.</exception>
    public static T ThrowUnsupported<T>(string name) =>
        throw new PlatformNotSupportedException(
            $"{name} has no value for process architecture {RuntimeInformation.ProcessArchitecture}: "
            + (Current is { } known ? $"the header does not define it on {known}." : "there is no Linux data model for it."));
}
