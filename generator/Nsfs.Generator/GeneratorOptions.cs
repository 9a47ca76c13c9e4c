using Microsoft.CodeAnalysis.Diagnostics;

namespace Nsfs.Generator;

/// <summary>Project-wide settings, from <c>Nsfs_*</c> MSBuild properties.</summary>
/// <param name="Namespace">The namespace generated types go into (<c>Nsfs_Namespace</c>).</param>
/// <param name="Visibility">public or internal (<c>Nsfs_Visibility</c>).</param>
internal sealed record GeneratorOptions(string Namespace, string Visibility)
{
    /// <summary>The namespace used when nothing is configured.</summary>
    public const string DefaultNamespace = "Nsfs.Uapi";

    /// <summary>Reads the options.</summary>
    public static GeneratorOptions From(AnalyzerConfigOptions global)
    {
        var ns = global.TryGetValue("build_property.Nsfs_Namespace", out var configured) && !string.IsNullOrWhiteSpace(configured)
            ? configured.Trim()
            : DefaultNamespace;
        global.TryGetValue("build_property.Nsfs_Visibility", out var visibility);
        return new GeneratorOptions(ns, ParseVisibility(visibility) ?? "public");
    }

    /// <summary><c>public</c> or <c>internal</c> as written (any case), else <see langword="null"/> (not set).</summary>
    public static string? ParseVisibility(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "public" => "public",
        "internal" => "internal",
        _ => null,
    };
}
