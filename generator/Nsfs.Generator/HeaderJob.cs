using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Nsfs.Headers;
using Nsfs.Headers.Sources;

namespace Nsfs.Generator;

/// <summary>
/// Everything needed to generate one header: the header, the marked headers it may include
/// (directly or not — never the others, so editing an unrelated header leaves this job equal), its
/// facts and baseline.
/// </summary>
internal sealed record HeaderJob(InputFile Header, EquatableArray<InputFile> Dependencies, InputFile? Facts, InputFile? Baseline)
{
    /// <summary>One job per marked header to generate.</summary>
    /// <param name="inputs">Every marked file.</param>
    /// <param name="includes">The include directives of every marked header.</param>
    public static IEnumerable<HeaderJob> CreateAll(ImmutableArray<InputFile> inputs, ImmutableArray<HeaderIncludes> includes)
    {
        var headers = inputs.Where(f => f.Role == InputRole.Header).OrderBy(f => f.IncludeName, StringComparer.Ordinal).ToList();
        foreach (var header in headers.Where(h => h.Generate))
        {
            var preludes = new HeaderSetBuilder().WithPreludes(header.Preludes).Build().Preludes;
            var reachable = new HashSet<string>(IncludeDependencies.Closure(header.IncludeName, includes, preludes), StringComparer.Ordinal);
            var dependencies = headers.Where(h => !ReferenceEquals(h, header) && reachable.Contains(h.IncludeName)).ToEquatableArray();
            var facts = inputs.FirstOrDefault(f => f.Role == InputRole.Facts && CompanionFiles.IsCompanion(f.Path, header.Path, CompanionFiles.FactsSuffix));
            var baseline = inputs.FirstOrDefault(f => f.Role == InputRole.Baseline && CompanionFiles.IsCompanion(f.Path, header.Path, CompanionFiles.BaselineSuffix));
            yield return new HeaderJob(header, dependencies, facts, baseline);
        }
    }

    /// <summary>
    /// The header, its dependencies and its facts as the include set the front end reads (vendored
    /// headers last), with the header's preludes; dependencies marked with an <c>Arch</c> form that
    /// architecture's own include root.
    /// </summary>
    public HeaderSet HeaderSet()
    {
        var texts = Dependencies.Where(d => d.Arch is null).Select(Text).Prepend(Primary);
        if (Facts is { } facts)
        {
            texts = texts.Append(new HeaderText(CompanionFiles.FactsOf(Header.IncludeName), facts.Path, facts.Text));
        }

        var builder = new HeaderSetBuilder().AddHeaders(texts).WithPreludes(Header.Preludes);
        foreach (var architecture in Dependencies.Where(d => d.Arch is not null).GroupBy(d => d.Arch!, StringComparer.OrdinalIgnoreCase))
        {
            builder.AddArchitectureRoot(architecture.Key, new InMemoryHeaders(architecture.Select(Text)));
        }

        return builder.Build();
    }

    /// <summary>
    /// Why the header cannot hold the top-level types of the file at <paramref name="path"/>, or
    /// <see langword="null"/> when that file is a marked header generated in this build whose types
    /// are at least as visible as this header's.
    /// </summary>
    /// <param name="path">The path of the file that declares a type.</param>
    /// <param name="projectVisibility">The project's visibility, for headers without their own.</param>
    public string? WhyTypesNotUsable(string path, string projectVisibility)
    {
        if (Dependencies.FirstOrDefault(d => d.Arch is null && string.Equals(d.Path, path, StringComparison.Ordinal)) is not { } source)
        {
            return "which is not a marked header generated in this build";
        }

        if (!source.Generate)
        {
            return "which is marked Generate=\"false\", so it is not generated";
        }

        var own = Header.Visibility ?? projectVisibility;
        var theirs = source.Visibility ?? projectVisibility;
        return own == "internal" || theirs == "public" ? null : $"whose types are {theirs} while this header's are {own}";
    }

    private static HeaderText Text(InputFile file) => new(file.IncludeName, file.Path, file.Text);

    /// <summary>The header to generate from.</summary>
    public HeaderText Primary => Text(Header);

    /// <summary>The text of every file of the job by path, to place diagnostics.</summary>
    public Dictionary<string, string> TextsByPath()
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Dependencies.Concat(new[] { Facts, Baseline, Header }.OfType<InputFile>()))
        {
            texts[file.Path] = file.Text;
        }

        return texts;
    }
}
