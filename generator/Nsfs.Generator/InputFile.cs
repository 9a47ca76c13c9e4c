namespace Nsfs.Generator;

/// <summary>One marked AdditionalFile, as equatable data (never the AdditionalText itself).</summary>
/// <param name="Role">What the file is.</param>
/// <param name="Path">The file's full path (shown in diagnostics).</param>
/// <param name="IncludeName">The name it is included by (<c>linux/nsfs.h</c>); for facts and baselines, the header's.</param>
/// <param name="Text">The file's text.</param>
/// <param name="Generate">For headers: whether to emit C# for it (false for include-only headers).</param>
/// <param name="ClassName">An explicit class name for the header's constants, or null to derive one.</param>
/// <param name="Preludes">
/// For headers: the preludes it is read after, as MSBuild lists them (<c>Prelude</c> metadata, else the
/// <c>Nsfs_Prelude</c> property; empty for the default, <c>none</c> for none).
/// </param>
/// <param name="Arch">For headers: the architecture whose include root the header belongs to alone (<c>Arch</c> metadata), or null.</param>
/// <param name="Visibility">For headers: <c>public</c> or <c>internal</c> for this header's types (<c>Visibility</c> metadata), or null for the project's.</param>
internal sealed record InputFile(InputRole Role, string Path, string IncludeName, string Text, bool Generate, string? ClassName,
    string? Preludes = null, string? Arch = null, string? Visibility = null);
