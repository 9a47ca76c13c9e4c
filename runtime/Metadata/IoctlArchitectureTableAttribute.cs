namespace Nsfs.Metadata;

/// <summary>
/// Marks a generated class whose constants hold the values for one architecture only. Code that
/// runs on any architecture should use the current-process values instead (analyzer NSFS0005).
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class IoctlArchitectureTableAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="architecture">The architecture the constants are for.</param>
    public IoctlArchitectureTableAttribute(LinuxArchitecture architecture) => Architecture = architecture;

    /// <summary>The architecture the constants are for.</summary>
    public LinuxArchitecture Architecture { get; }
}
