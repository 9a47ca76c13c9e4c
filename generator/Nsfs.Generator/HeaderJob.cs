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
    /// Why the C# types of the file at <paramref name="path"/> do not exist in this build, or
    /// <see langword="null"/> when it is this header or a marked header it includes that is generated.
    /// </summary>
    /// <param name="path">The path of the file that declares a type.</param>
    public string? WhyNotGenerated(string path) =>
        Marked(path) is not { } source ? "which is not a marked header generated in this build"
        : !source.Generate ? "which is marked Generate=\"false\", so it is not generated"
        : null;

    /// <summary>
    /// Why a struct of the file at <paramref name="holder"/> cannot hold a type of the file at
    /// <paramref name="declaring"/> (a public type cannot expose an internal one), or
    /// <see langword="null"/> when it can, or when either file is not generated (<see cref="WhyNotGenerated"/> says so).
    /// </summary>
    /// <param name="holder">The path of the file whose struct holds the member.</param>
    /// <param name="declaring">The path of the file that declares the member's type.</param>
    /// <param name="projectVisibility">The project's visibility, for headers without their own.</param>
    public string? WhyNotVisible(string holder, string declaring, string projectVisibility)
    {
        if (string.Equals(holder, declaring, StringComparison.Ordinal) || Marked(holder) is not { } from || Marked(declaring) is not { } to)
        {
            return null;
        }

        var own = from.Visibility ?? projectVisibility;
        var theirs = to.Visibility ?? projectVisibility;
        var whose = ReferenceEquals(from, Header) ? "this header's" : $"those of {holder}";
        return own == "internal" || theirs == "public" ? null : $"whose types are {theirs} while {whose} are {own}";
    }

    // This header, or a marked header of the generic include roots it may include.
    private InputFile? Marked(string path) =>
        string.Equals(path, Header.Path, StringComparison.Ordinal) ? Header
        : Dependencies.FirstOrDefault(d => d.Arch is null && string.Equals(d.Path, path, StringComparison.Ordinal));

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
