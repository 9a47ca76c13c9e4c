using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Nsfs.Headers;
using Nsfs.Headers.Analysis;
using Nsfs.Headers.Baseline;
using Nsfs.Headers.Sources;

namespace Nsfs.Generator;

/// <summary>
/// Generates C# constants, enums and structs from the C headers a project marks with
/// <c>&lt;NsfsHeader Include="…" /&gt;</c>. Inputs are AdditionalFiles whose <c>Nsfs_Role</c>
/// metadata is <c>header</c>, <c>facts</c> or <c>baseline</c>; include roots are the other marked
/// headers, then the vendored uapi set. Every step holds equatable data only, and each header's job
/// holds only the marked headers it may include, so an edit rebuilds that header and its includers.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class NsfsGenerator : IIncrementalGenerator
{
    private const string MetadataPrefix = "build_metadata.AdditionalFiles.";

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => GeneratorOptions.From(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Options);

        var read = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, ct) => ReadInput(pair.Left, pair.Right.GetOptions(pair.Left), pair.Right.GlobalOptions, ct));

        var inputs = read
            .Where(static input => input.File is not null)
            .Select(static (input, _) => input.File!)
            .WithTrackingName(TrackingNames.Inputs);

        var settingProblems = read
            .Where(static input => input.Problem is not null)
            .Select(static (input, _) => input.Problem!)
            .WithTrackingName(TrackingNames.SettingProblems);

        var includes = inputs
            .Where(static input => input.Role == InputRole.Header)
            .Select(static (input, _) => ScanIncludes(input))
            .WithTrackingName(TrackingNames.Includes);

        var jobs = inputs.Collect()
            .Combine(includes.Collect())
            .SelectMany(static (pair, _) => HeaderJob.CreateAll(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Jobs);

        // The project's visibility takes part (whether a struct may hold another header's struct depends
        // on the visibility of both), and nothing else of the options, so a new namespace re-reads no header.
        var models = jobs
            .Combine(options.Select(static (options, _) => options.Visibility))
            .Select(static (pair, ct) => Build(pair.Left, pair.Right, ct))
            .WithTrackingName(TrackingNames.Models);

        var sources = models
            .Combine(options)
            .Select(static (pair, _) => Emit(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Sources);

        var diagnostics = models
            .Select(static (model, _) => model.Diagnostics)
            .WithTrackingName(TrackingNames.Diagnostics);

        context.RegisterSourceOutput(sources, static (spc, source) =>
        {
            spc.AddSource(source.HintName, SourceText.From(source.Text, Encoding.UTF8));
            if (source.Failure is { } failure)
            {
                spc.ReportDiagnostic(ToDiagnostic(failure));
            }
        });
        context.RegisterSourceOutput(settingProblems, static (spc, problem) => spc.ReportDiagnostic(ToDiagnostic(problem)));
        context.RegisterSourceOutput(options, static (spc, options) =>
        {
            if (options.Problem is { } problem)
            {
                spc.ReportDiagnostic(ToDiagnostic(problem));
            }
        });
        context.RegisterSourceOutput(diagnostics, static (spc, list) =>
        {
            foreach (var info in list)
            {
                spc.ReportDiagnostic(ToDiagnostic(info));
            }
        });
    }

    /// <summary>A marked file as read, or NSFS1016 for metadata the generator does not know (or both).</summary>
    private sealed record ReadFile(InputFile? File, DiagnosticInfo? Problem);

    private static ReadFile ReadInput(AdditionalText file, Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions metadata,
        Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions global, CancellationToken ct)
    {
        if (!metadata.TryGetValue(MetadataPrefix + "Nsfs_Role", out var role) || string.IsNullOrWhiteSpace(role))
        {
            return new ReadFile(null, null); // not ours: only files the Nsfs items marked are read
        }

        var kind = role.Trim().ToLowerInvariant() switch
        {
            "header" => InputRole.Header,
            "facts" => InputRole.Facts,
            "baseline" => InputRole.Baseline,
            _ => (InputRole?)null,
        };
        if (kind is null)
        {
            return new ReadFile(null, GeneratorOptions.InvalidSetting(
                $"The Nsfs_Role metadata '{role.Trim()}' of {file.Path} is not header, facts or baseline; the file is not read", file.Path));
        }

        var text = file.GetText(ct)?.ToString() ?? string.Empty;
        metadata.TryGetValue(MetadataPrefix + "Nsfs_IncludeName", out var includeName);
        metadata.TryGetValue(MetadataPrefix + "Nsfs_Generate", out var generate);
        metadata.TryGetValue(MetadataPrefix + "Nsfs_ClassName", out var className);
        metadata.TryGetValue(MetadataPrefix + "Nsfs_IncludeRoot", out var includeRoot);
        metadata.TryGetValue(MetadataPrefix + "Nsfs_Arch", out var arch);
        metadata.TryGetValue(MetadataPrefix + "Nsfs_Visibility", out var visibility);
        global.TryGetValue("build_property.MSBuildProjectDirectory", out var projectDirectory);
        var name = !string.IsNullOrWhiteSpace(includeName) ? InMemoryHeaders.Normalize(includeName!.Trim())
            : IncludeNames.For(file.Path, new[] { includeRoot }, projectDirectory);
        // A header's own Prelude metadata wins over the project-wide Nsfs_Prelude property.
        var preludes = metadata.TryGetValue(MetadataPrefix + "Nsfs_Prelude", out var own) && !string.IsNullOrWhiteSpace(own) ? own
            : global.TryGetValue("build_property.Nsfs_Prelude", out var projectWide) && !string.IsNullOrWhiteSpace(projectWide) ? projectWide
            : null;
        var architecture = string.IsNullOrWhiteSpace(arch) ? null : arch!.Trim();

        // A header of one architecture's include root is read for that architecture only, never generated for all.
        var generated = architecture is null && !string.Equals(generate?.Trim(), "false", StringComparison.OrdinalIgnoreCase);
        return new ReadFile(new InputFile(kind.Value, file.Path, name, text, generated, string.IsNullOrWhiteSpace(className) ? null : className!.Trim(),
            preludes?.Trim(), architecture, GeneratorOptions.ParseVisibility(visibility)), GeneratorOptions.CheckHeaderVisibility(visibility, file.Path));
    }

    private static HeaderIncludes ScanIncludes(InputFile header)
    {
        try
        {
            return IncludeDependencies.Scan(header.IncludeName, header.Path, header.Text);
        }
#pragma warning disable CA1031 // A generator must never throw into the compiler.
        catch (Exception)
#pragma warning restore CA1031
        {
            // Depend on every marked header; building the model reports what is wrong with this one.
            return new HeaderIncludes(header.IncludeName, default, HasComputedInclude: true);
        }
    }

    private static GeneratedHeader Build(HeaderJob job, string projectVisibility, CancellationToken ct)
    {
        var header = job.Header;
        var className = header.ClassName ?? Names.ClassNameFor(header.IncludeName);
        // With a committed ABI baseline next to the header, every renumbered, retyped, removed or new
        // request is reported at its #define (or at the baseline line). These and NSFS1015 count
        // towards the header's limit of diagnostics like its own.
        var skipped = new Dictionary<string, string>(StringComparer.Ordinal);
        var model = HeaderModelBuilder.Build(job.Primary, job.HeaderSet(), cancellationToken: ct, derivedDiagnostics: built =>
        {
            skipped = CSharpStructs.Unrepresentable(built, job.WhyNotGenerated, (holder, declaring) => job.WhyNotVisible(holder, declaring, projectVisibility));
            var changes = job.Baseline is { } baseline ? AbiBaselineCheck.Compare(built, baseline.Path, baseline.Text) : Enumerable.Empty<HeaderDiagnostic>();
            return changes.Concat(built.Structs.Where(s => skipped.ContainsKey(s.Name))
                .Select(s => HeaderDiagnostic.Create(DiagnosticIds.NoCSharpStruct, s.Location, CSharpStructs.Message(s, skipped[s.Name]))));
        });
        var texts = job.TextsByPath();
        var lines = new Dictionary<string, TextLineCollection>(StringComparer.Ordinal);
        var diagnostics = model.Diagnostics.Select(d => Locate(d, texts, lines)).ToEquatableArray();
        return new GeneratedHeader(model, className, diagnostics, header.Visibility, skipped.Keys.OrderBy(k => k, StringComparer.Ordinal).ToEquatableArray());
    }

    /// <summary>The C# of one header; a failure of the emitter is NSFS1999 at the header, naming the exception.</summary>
    internal static EmittedSource Emit(GeneratedHeader header, GeneratorOptions options)
    {
        var hintName = header.ClassName + ".g.cs";
        try
        {
            // A header's own Visibility metadata wins over the project-wide Nsfs_Visibility.
            var own = header.Visibility is { } visibility ? options with { Visibility = visibility } : options;
            return new EmittedSource(hintName, CSharpEmitter.Emit(header.Model, header.ClassName, own, new HashSet<string>(header.SkippedStructs, StringComparer.Ordinal)), null);
        }
#pragma warning disable CA1031 // A generator must never throw into the compiler: the failure is reported instead.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            var message = $"Internal error while generating C# for {header.Model.IncludeName}: {exception.GetType().FullName}: {exception.Message}";
            var failure = new DiagnosticInfo(DiagnosticIds.InternalError.Code, message, header.Model.DisplayPath, 0, 0, 0, 0, 0, 0);
            return new EmittedSource(hintName, $"// Nsfs.Generator could not generate {header.Model.IncludeName}: see NSFS1999.\n", failure);
        }
    }

    /// <summary>A generated file, and the emitter failure (NSFS1999) that left it empty, if any.</summary>
    internal sealed record EmittedSource(string HintName, string Text, DiagnosticInfo? Failure);

    // Each file's lines are computed once: a header may have a thousand diagnostics.
    private static DiagnosticInfo Locate(HeaderDiagnostic diagnostic, Dictionary<string, string> texts, Dictionary<string, TextLineCollection> lineCache)
    {
        var location = diagnostic.Location;
        var line = Math.Max(location.Line, 1) - 1;
        var column = Math.Max(location.Column, 1) - 1;
        var start = 0;
        if (texts.TryGetValue(location.Path, out var text))
        {
            if (!lineCache.TryGetValue(location.Path, out var lines))
            {
                lines = lineCache[location.Path] = SourceText.From(text).Lines;
            }

            if (line < lines.Count)
            {
                start = Math.Min(lines[line].Start + column, lines[line].End);
            }
        }

        return new DiagnosticInfo(diagnostic.Id, diagnostic.Message, location.Path, start, location.Length, line, column, line, column + location.Length);
    }

    private static Diagnostic ToDiagnostic(DiagnosticInfo info)
    {
        var descriptor = GeneratorDiagnostics.ById.TryGetValue(info.Id, out var known) ? known : GeneratorDiagnostics.InternalError;
        var location = string.IsNullOrEmpty(info.Path)
            ? Location.None
            : Location.Create(info.Path, new TextSpan(info.Start, info.Length),
                new LinePositionSpan(new LinePosition(info.Line, info.Column), new LinePosition(info.EndLine, info.EndColumn)));
        return Diagnostic.Create(descriptor, location, info.Message);
    }
}
