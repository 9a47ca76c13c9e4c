using Microsoft.CodeAnalysis.Diagnostics;
using Nsfs.Headers;

namespace Nsfs.Generator;

/// <summary>Project-wide settings, from <c>Nsfs_*</c> MSBuild properties.</summary>
/// <param name="Namespace">The namespace generated types go into (<c>Nsfs_Namespace</c>).</param>
/// <param name="Visibility">public or internal (<c>Nsfs_Visibility</c>).</param>
/// <param name="Problem">NSFS1016 for a property value the generator does not know, or null.</param>
internal sealed record GeneratorOptions(string Namespace, string Visibility, DiagnosticInfo? Problem = null)
{
    /// <summary>The namespace used when nothing is configured.</summary>
    public const string DefaultNamespace = "Nsfs.Uapi";

    /// <summary>The visibility used when nothing is configured.</summary>
    public const string DefaultVisibility = "public";

    private const string Visibilities = "public or internal (any case)";

    /// <summary>Reads the options.</summary>
    public static GeneratorOptions From(AnalyzerConfigOptions global)
    {
        var ns = global.TryGetValue("build_property.Nsfs_Namespace", out var configured) && !string.IsNullOrWhiteSpace(configured)
            ? configured.Trim()
            : DefaultNamespace;
        global.TryGetValue("build_property.Nsfs_Visibility", out var visibility);
        var parsed = ParseVisibility(visibility);
        var problem = parsed is null && !string.IsNullOrWhiteSpace(visibility)
            ? InvalidSetting($"The Nsfs_Visibility property '{visibility!.Trim()}' is not {Visibilities}; {DefaultVisibility} is used", path: null)
            : null;
        return new GeneratorOptions(ns, parsed ?? DefaultVisibility, problem);
    }

    /// <summary><c>public</c> or <c>internal</c> as written (any case), else <see langword="null"/> (not set, or not known).</summary>
    public static string? ParseVisibility(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "public" => "public",
        "internal" => "internal",
        _ => null,
    };

    /// <summary>NSFS1016 for a header's <c>Visibility</c> metadata that is set but not known, else <see langword="null"/>.</summary>
    public static DiagnosticInfo? CheckHeaderVisibility(string? value, string path) =>
        ParseVisibility(value) is null && !string.IsNullOrWhiteSpace(value)
            ? InvalidSetting($"The Visibility metadata '{value!.Trim()}' of {path} is not {Visibilities}; the project's Nsfs_Visibility is used", path)
            : null;

    /// <summary>NSFS1016 with <paramref name="message"/>, at the start of the file at <paramref name="path"/> or nowhere for a property.</summary>
    public static DiagnosticInfo InvalidSetting(string message, string? path) =>
        new(DiagnosticIds.InvalidSetting.Code, message, path ?? string.Empty, 0, 0, 0, 0, 0, 0);
}
