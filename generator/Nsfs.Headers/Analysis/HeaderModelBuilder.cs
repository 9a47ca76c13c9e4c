using System.Globalization;
using System.Threading;
using Nsfs.Headers.Facts;
using Nsfs.Headers.Lexing;
using Nsfs.Headers.Model;
using Nsfs.Headers.Sources;
using Nsfs.Headers.Types;

namespace Nsfs.Headers.Analysis;

/// <summary>
/// Builds the <see cref="HeaderModel"/> of a header: analyzes it on every architecture and merges
/// the results. This is the front end's one entry point, used by the generator, the cli and the
/// tests alike. It never throws (but for cancellation): an unexpected failure becomes one
/// <see cref="DiagnosticIds.InternalError"/> diagnostic.
/// </summary>
public static class HeaderModelBuilder
{
    /// <summary>Builds the model of <paramref name="primary"/>, with the facts file that accompanies it in <paramref name="headers"/> (<see cref="CompanionFiles"/>).</summary>
    /// <param name="primary">The header to generate from.</param>
    /// <param name="headers">The include set, from <see cref="HeaderSetBuilder"/>.</param>
    /// <param name="architectures">The data models to evaluate under; all of them by default.</param>
    /// <param name="derivedDiagnostics">
    /// Diagnostics a caller draws from the model (an ABI baseline's changes, what it cannot emit),
    /// deduplicated and limited to <see cref="HeaderLimits.MaxDiagnostics"/> together with the header's
    /// own (which the model it is given holds as found).
    /// </param>
    /// <param name="cancellationToken">Cancels the work, checked inside its long loops.</param>
    public static HeaderModel Build(HeaderText primary, HeaderSet headers, IReadOnlyList<DataModel>? architectures = null,
        Func<HeaderModel, IEnumerable<HeaderDiagnostic>>? derivedDiagnostics = null, CancellationToken cancellationToken = default) =>
        Build(primary, (IHeaderProvider)headers, headers.Companion(primary, CompanionFiles.FactsSuffix) is { } facts ? (facts.DisplayPath, facts.Text) : null,
            architectures, derivedDiagnostics, cancellationToken);

    /// <summary>Builds the model of <paramref name="primary"/>.</summary>
    /// <param name="primary">The header to generate from.</param>
    /// <param name="roots">Include roots (other headers, then the vendored set).</param>
    /// <param name="facts">The header's facts file as (display path, text), if it has one.</param>
    /// <param name="architectures">The data models to evaluate under; all of them by default.</param>
    /// <param name="derivedDiagnostics">
    /// Diagnostics a caller draws from the model (an ABI baseline's changes, what it cannot emit),
    /// deduplicated and limited to <see cref="HeaderLimits.MaxDiagnostics"/> together with the header's
    /// own (which the model it is given holds as found).
    /// </param>
    /// <param name="cancellationToken">Cancels the work, checked inside its long loops.</param>
    public static HeaderModel Build(HeaderText primary, IHeaderProvider roots, (string Path, string Text)? facts = null,
        IReadOnlyList<DataModel>? architectures = null, Func<HeaderModel, IEnumerable<HeaderDiagnostic>>? derivedDiagnostics = null,
        CancellationToken cancellationToken = default)
    {
        architectures ??= DataModels.All;
        try
        {
            var model = BuildCore(primary, roots, facts, architectures, cancellationToken);
            var all = derivedDiagnostics is null ? model.Diagnostics : model.Diagnostics.Concat(derivedDiagnostics(model));
            return model with { Diagnostics = Deduplicate(all).ToEquatableArray() };
        }
        catch (OperationCanceledException)
        {
            throw;
        }
#pragma warning disable CA1031 // The front end must never throw into the compiler: report instead.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            var diagnostic = HeaderDiagnostic.Create(DiagnosticIds.InternalError, new SourceLocation(primary.DisplayPath, 1, 1, 0),
                $"Internal error while reading {primary.IncludeName}: {exception.GetType().Name}: {exception.Message}");
            return new HeaderModel(primary.IncludeName, primary.DisplayPath, architectures.Select(a => a.Name).ToEquatableArray(),
                default, default, default, default, new[] { diagnostic }.ToEquatableArray());
        }
    }

    private static HeaderModel BuildCore(HeaderText primary, IHeaderProvider roots, (string Path, string Text)? factsText,
        IReadOnlyList<DataModel> architectures, CancellationToken cancellationToken)
    {
        var lexCache = new Dictionary<HeaderText, LexResult>();
        LexResult Lex(HeaderText header)
        {
            if (!lexCache.TryGetValue(header, out var result))
            {
                result = Lexer.Lex(header.DisplayPath, header.Text);
                lexCache[header] = result;
            }

            return result;
        }

        // The facts file's type names are lexed once and read per architecture by that
        // architecture's own declaration parser, which knows the header's types.
        var facts = factsText is { } f ? FactsFile.Parse(f.Path, f.Text) : null;
        var typeNames = facts?.Requests.Values
            .Where(r => r.Facts.ArgumentType is not null)
            .GroupBy(r => r.Facts.ArgumentType!, StringComparer.Ordinal)
            .Select(g => (g.Key, Lexer.Lex(g.First().Location.Path, g.Key).Tokens, g.First().Location))
            .ToList();

        // One budget for all architectures bounds the work per header (and carries the token into the long loops).
        var work = new WorkBudget(HeaderLimits.MaxWorkUnits, cancellationToken);
        var analyses = new List<ArchAnalysis>();
        foreach (var model in architectures)
        {
            cancellationToken.ThrowIfCancellationRequested();
            analyses.Add(HeaderEvaluator.Evaluate(primary, roots, model, Lex, typeNames, work));
        }

        var diagnostics = new List<HeaderDiagnostic>();
        foreach (var analysis in analyses)
        {
            diagnostics.AddRange(analysis.Diagnostics);
        }

        if (facts is not null)
        {
            diagnostics.AddRange(facts.Diagnostics);
        }

        ReportPartlyDefined(analyses, a => a.Requests.Select(r => (r.Name, r.Location)), "request", (a, name) => a.DefinedMacroNames.Contains(name), diagnostics);
        ReportPartlyDefined(analyses, a => a.Structs.Select(r => (r.Record.Tag ?? string.Empty, r.Record.Location)), "struct", (a, tag) => a.DeclaredTags.Contains(tag), diagnostics);
        ReportPartlyDefined(analyses, a => a.Enums.Where(e => e.Tag is not null).Select(e => (e.Tag!, e.Location)), "enum", (a, tag) => a.DeclaredTags.Contains(tag), diagnostics);
        var requests = MergeRequests(analyses, facts, diagnostics);
        var constants = MergeConstants(analyses);
        var enums = MergeEnums(analyses, facts, constants, diagnostics);
        var structs = MergeStructs(analyses, a => a.Structs, diagnostics);
        var referenced = MergeStructs(analyses, a => a.ReferencedStructs, diagnostics: null);
        CheckDuplicates(requests, diagnostics);

        return new HeaderModel(
            primary.IncludeName,
            primary.DisplayPath,
            architectures.Select(a => a.Name).ToEquatableArray(),
            requests.ToEquatableArray(),
            constants.ToEquatableArray(),
            enums.ToEquatableArray(),
            structs.ToEquatableArray(),
            diagnostics.ToEquatableArray()) // deduplicated and limited once the caller's are added
        {
            ReferencedStructs = referenced.ToEquatableArray(),
        };
    }

    private static List<RequestModel> MergeRequests(List<ArchAnalysis> analyses, FactsFile? facts, List<HeaderDiagnostic> diagnostics)
    {
        var result = new List<RequestModel>();
        var first = analyses[0];
        var byArchitecture = analyses.Select(a => FirstByName(a.Requests, r => r.Name)).ToList();
        foreach (var request in first.Requests)
        {
            var values = new List<ArchRequestValue>();
            foreach (var byName in byArchitecture)
            {
                var match = byName.TryGetValue(request.Name, out var found) ? found : default;
                if (match.Name is null)
                {
                    break;
                }

                values.Add(match.Value);
            }

            if (values.Count != analyses.Count)
            {
                continue; // failed on some architecture; that architecture reported why
            }

            RequestFacts? requestFacts = null;
            if (facts is not null && facts.Requests.TryGetValue(request.Name, out var annotated))
            {
                requestFacts = annotated.Facts;
                if (annotated.Facts.ArgumentType is { } argumentType)
                {
                    values = values.Select((v, i) => v with { ArgumentSize = SizeOfTypeName(argumentType, analyses[i], annotated.Location, diagnostics) }).ToList();
                }
            }

            result.Add(new RequestModel(request.Name, request.Form, request.Doc, request.Location, request.SizeType, values.ToEquatableArray(), requestFacts,
                first.SizeFollowsDataModel.Contains(request.Name)));
        }

        if (facts is not null)
        {
            var known = new HashSet<string>(analyses.SelectMany(a => a.RequestNames), StringComparer.Ordinal);
            foreach (var pair in facts.Requests.Where(p => !known.Contains(p.Key)))
            {
                diagnostics.Add(HeaderDiagnostic.Create(DiagnosticIds.FactsError, pair.Value.Location, $"The header defines no request named {pair.Key}"));
            }
        }

        return result;
    }

    // A request, struct or enum only some architectures have is not generated (requests, structs and
    // enums are one C# member or type for all of them). Where an architecture lacks it, say so at the
    // definition — unless that architecture defines the name and failed on it, or did not read the
    // whole header: there its own diagnostic already says why.
    private static void ReportPartlyDefined(List<ArchAnalysis> analyses, Func<ArchAnalysis, IEnumerable<(string Name, SourceLocation Location)>> definitions,
        string kind, Func<ArchAnalysis, string, bool> declaredThere, List<HeaderDiagnostic> diagnostics)
    {
        var byArchitecture = analyses.Select(a => FirstByName(definitions(a), d => d.Name)).ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, location) in byArchitecture.SelectMany(d => d.Values))
        {
            if (name.Length == 0 || !seen.Add(name))
            {
                continue;
            }

            var lacking = analyses.Where((_, i) => !byArchitecture[i].ContainsKey(name)).ToList();
            if (lacking.Count == 0 || lacking.Any(a => a.IsIncomplete || declaredThere(a, name)))
            {
                continue;
            }

            var defined = analyses.Where((_, i) => byArchitecture[i].ContainsKey(name)).Select(a => a.Model.Name);
            diagnostics.Add(HeaderDiagnostic.Create(DiagnosticIds.PartlyDefined, location,
                $"{kind} {name} is not generated: the header does not define it on {string.Join(", ", lacking.Select(a => a.Model.Name))}; it is defined on {string.Join(", ", defined)}"));
        }
    }

    private static int SizeOfTypeName(string typeName, ArchAnalysis analysis, SourceLocation location, List<HeaderDiagnostic> diagnostics)
    {
        var (size, error) = analysis.TypeNameSizes[typeName];
        if (error is not null)
        {
            diagnostics.Add(HeaderDiagnostic.Create(DiagnosticIds.FactsError, location, $"type=\"{typeName}\": {error}"));
        }

        return size;
    }

    // Macros first, then the enumerators of anonymous enums, each merged the same way: a value per
    // architecture, so one whose value depends on the architecture (__SIZEOF_LONG__, an #ifdef) is
    // emitted as any such constant is.
    private static List<ConstantModel> MergeConstants(List<ArchAnalysis> analyses)
    {
        var result = MergeConstants(analyses, analyses.Select(a => a.Constants).ToList());
        result.AddRange(MergeConstants(analyses, analyses.Select(a => a.Enums.Where(e => e.Tag is null)
            .SelectMany(e => e.Members.Select(m => (m.Name, m.Doc, m.Location, m.Value.Describe(a.Model), m.Value))).ToList()).ToList()));
        return result;
    }

    private static List<ConstantModel> MergeConstants(List<ArchAnalysis> analyses,
        List<List<(string Name, string? Doc, SourceLocation Location, string Expression, CValue Value)>> constants)
    {
        // A constant the header defines only on some architectures (under #ifdef __x86_64__, say) has
        // values for those only. It is kept only where every other architecture read the whole header
        // and defines no macro or enumerator of that name: one defined there as something else (a
        // request, a type, a value that failed to evaluate, reported there, or a member of an enum one
        // of whose enumerators failed there, so that the enum has no members there), or not reached (a
        // missing include, the work budget), drops the constant everywhere, as any constant not
        // defined everywhere once was.
        var result = new List<ConstantModel>();
        var byArchitecture = analyses.Select((a, i) => (Analysis: a, ByName: FirstByName(constants[i], c => c.Name))).ToList();
        var inHeaderOrder = constants.SelectMany(c => c).GroupBy(c => c.Name, StringComparer.Ordinal).Select(g => g.First())
            .OrderBy(c => c.Location.Line).ThenBy(c => c.Location.Column);
        foreach (var constant in inHeaderOrder)
        {
            var values = new List<ArchConstantValue>();
            foreach (var (analysis, byName) in byArchitecture)
            {
                if (byName.TryGetValue(constant.Name, out var found))
                {
                    values.Add(new ArchConstantValue(analysis.Model.Name, found.Value));
                }
                else if (analysis.IsIncomplete || analysis.DefinedMacroNames.Contains(constant.Name) || analysis.EnumeratorNames.Contains(constant.Name))
                {
                    values.Clear();
                    break;
                }
            }

            if (values.Count > 0)
            {
                result.Add(new ConstantModel(constant.Name, constant.Doc, constant.Location, constant.Expression, values.ToEquatableArray()));
            }
        }

        return result;
    }

    private static List<EnumModel> MergeEnums(List<ArchAnalysis> analyses, FactsFile? facts, List<ConstantModel> constants, List<HeaderDiagnostic> diagnostics)
    {
        var first = analyses[0];
        var result = new List<EnumModel>();
        var byArchitecture = analyses.Select(a => FirstByName(a.Enums.Where(e => e.Tag is not null), e => e.Tag!)).ToList();
        foreach (var declared in first.Enums.Where(e => e.Tag is not null))
        {
            if (byArchitecture.Any(b => !b.ContainsKey(declared.Tag!)))
            {
                continue; // NSFS1017, or the lacking architecture's own diagnostic, says why
            }

            // A C# enum has one value per member: an enum whose members differ between architectures
            // (or that some architectures declare without a member) is not generated, rather than
            // generated with one architecture's values.
            if (DifferingMember(analyses, byArchitecture, declared.Tag!) is { } differing)
            {
                diagnostics.Add(HeaderDiagnostic.Create(DiagnosticIds.EnumDiffersByArchitecture, declared.Location,
                    $"enum {declared.Tag} is not generated: {differing}"));
                continue;
            }

            var members = declared.Members.Select(m => new EnumMemberModel(m.Name, m.Doc, m.Value, m.Name));
            result.Add(new EnumModel(declared.Tag!, declared.Doc, declared.Location, IsFlags: false, members.ToEquatableArray()));
        }

        if (facts is null)
        {
            return result;
        }

        foreach (var grouped in facts.Enums)
        {
            var members = new List<(string Member, string Macro, CValue Value, string? Doc)>();
            foreach (var (macro, member) in grouped.Members)
            {
                var constant = first.Constants.FirstOrDefault(c => c.Name == macro);
                if (constant.Name is null)
                {
                    diagnostics.Add(HeaderDiagnostic.Create(DiagnosticIds.FactsError, grouped.Location, $"enum {grouped.Name}: the header defines no numeric constant {macro}"));
                    continue;
                }

                var merged = constants.FirstOrDefault(c => c.Name == macro);
                if (merged is null || merged.Values.Count != analyses.Count)
                {
                    var lacking = analyses.Where(a => merged?.Values.Any(v => v.Arch == a.Model.Name) != true).Select(a => a.Model.Name);
                    diagnostics.Add(HeaderDiagnostic.Create(DiagnosticIds.FactsError, grouped.Location,
                        $"enum {grouped.Name}: {macro} is not a numeric constant on {string.Join(", ", lacking)}"));
                    continue;
                }

                if (DiffersByArchitecture(merged))
                {
                    diagnostics.Add(HeaderDiagnostic.Create(DiagnosticIds.FactsError, grouped.Location, $"enum {grouped.Name}: {macro} differs between architectures"));
                    continue;
                }

                members.Add((member, macro, constant.Value, constant.Doc));
            }

            result.Add(new EnumModel(grouped.Name, null, grouped.Location, grouped.IsFlags,
                members.Select(m => new EnumMemberModel(m.Member, m.Doc, m.Value, m.Macro)).ToEquatableArray()));
        }

        return result;
    }

    // Whether a constant's value, read per its C type on each architecture, is not the same everywhere.
    private static bool DiffersByArchitecture(ConstantModel constant) =>
        constant.Values.Select(v => DataModels.Find(v.Arch) is { } model ? Reading(model, v.Value) : (false, string.Empty)).Distinct().Count() > 1;

    // A value as C reads it on one architecture: its signedness there and its digits.
    private static (bool Signed, string Text) Reading(DataModel model, CValue value) => (model.IsSigned(value.Kind), value.Describe(model));

    // The first member of a tagged enum whose value is not the same on every architecture, or which some
    // architecture's enum lacks (whichever architecture declares it), described with its values or the
    // architectures lacking it; null when the enum is the same everywhere.
    private static string? DifferingMember(List<ArchAnalysis> analyses,
        List<Dictionary<string, (string? Tag, string? Doc, SourceLocation Location, List<(string Name, CValue Value, SourceLocation Location, string? Doc)> Members)>> byArchitecture,
        string tag)
    {
        var members = byArchitecture.Select(b => FirstByName(b[tag].Members, m => m.Name)).ToList();
        foreach (var name in byArchitecture.SelectMany(b => b[tag].Members.Select(m => m.Name)).Distinct(StringComparer.Ordinal))
        {
            var lacking = analyses.Where((_, i) => !members[i].ContainsKey(name)).Select(a => a.Model.Name).ToList();
            if (lacking.Count > 0)
            {
                return $"{name} is not declared on {string.Join(", ", lacking)}";
            }

            var readings = analyses.Select((a, i) => (Arch: a.Model.Name, Reading: Reading(a.Model, members[i][name].Value))).ToList();
            if (readings.Select(r => r.Reading).Distinct().Count() > 1)
            {
                return $"{name} differs between architectures: " + string.Join("; ", readings.GroupBy(r => r.Reading.Text)
                    .Select(g => $"{g.Key} on {string.Join(", ", g.Select(r => r.Arch))}"));
            }
        }

        return null;
    }

    // Another header's structs are that header's to report on: diagnostics is null for them.
    private static List<StructModel> MergeStructs(List<ArchAnalysis> analyses,
        Func<ArchAnalysis, List<(RecordType Record, int Size, int Align, IReadOnlyList<FieldLayout> Fields)>> structs, List<HeaderDiagnostic>? diagnostics)
    {
        var result = new List<StructModel>();
        var byArchitecture = analyses.Select(a => (Analysis: a, ByTag: FirstByName(structs(a), s => s.Record.Tag ?? string.Empty))).ToList();
        foreach (var declared in structs(analyses[0]))
        {
            var layouts = new List<ArchStructLayout>();
            foreach (var (analysis, byTag) in byArchitecture)
            {
                var match = byTag.TryGetValue(declared.Record.Tag ?? string.Empty, out var found) ? found : default;
                if (match.Record is null)
                {
                    break;
                }

                layouts.Add(new ArchStructLayout(analysis.Model.Name, match.Size, match.Align,
                    match.Fields.Select(f => new FieldOffset(f.Name, f.Offset)).ToEquatableArray()));
            }

            if (layouts.Count != analyses.Count)
            {
                continue;
            }

            // Size and offsets decide whether one C# struct can be passed to the kernel on every architecture;
            // the struct's own alignment only matters inside another struct, whose offsets would then differ.
            var uniform = layouts.All(l => l.Size == layouts[0].Size && l.Offsets == layouts[0].Offsets);
            var fields = declared.Fields.Select(f => new FieldModel(f.Name, f.Type.Spelling, ScalarType.Of(f.Type),
                f.Offset, f.Size, f.Documentation, f.Type is ArrayType { Length: { } length } ? (int)length : 0)).ToEquatableArray();
            if (!uniform && diagnostics is not null)
            {
                var sizes = string.Join(", ", layouts.GroupBy(l => (l.Size, l.Alignment)).Select(g =>
                    string.Format(CultureInfo.InvariantCulture, "{0} bytes (align {1}) on {2}", g.Key.Size, g.Key.Alignment, string.Join("/", g.Select(l => l.Arch)))));
                diagnostics.Add(HeaderDiagnostic.Create(DiagnosticIds.LayoutDiffersByArchitecture, declared.Record.Location,
                    $"struct {declared.Record.Tag} has no single C# layout: {sizes}; only per-architecture size and offset constants are generated"));
            }

            result.Add(new StructModel(declared.Record.Tag!, declared.Record.IsUnion, declared.Record.Documentation, declared.Record.Location, fields, layouts.ToEquatableArray(), uniform));
        }

        return result;
    }

    private static void CheckDuplicates(List<RequestModel> requests, List<HeaderDiagnostic> diagnostics)
    {
        foreach (var group in RequestCollisions.Find(requests))
        {
            var names = string.Join(" and ", group.Select(r => r.Name));
            for (var i = 1; i < group.Count; i++)
            {
                // At the later definition, naming the first earlier request it truly collides with.
                var request = group[i];
                if (group.Take(i).FirstOrDefault(earlier => !RequestCollisions.Related(earlier, request)) is { } first)
                {
                    diagnostics.Add(HeaderDiagnostic.Create(DiagnosticIds.DuplicateRequest, request.Location,
                        string.Format(CultureInfo.InvariantCulture, "{0} reuses type 0x{1:x2} nr 0x{2:x} of {3}: {4} collide", request.Name, first.Values[0].Type, first.Values[0].Number,
                            first.Name, names)));
                }
            }
        }
    }

    // Each architecture's definitions by name, the first of each name winning: merging looks every
    // definition up on every architecture, which must not cost the square of their number.
    private static Dictionary<string, T> FirstByName<T>(IEnumerable<T> definitions, Func<T, string> name)
    {
        var byName = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            var key = name(definition);
            if (!byName.ContainsKey(key))
            {
                byName[key] = definition;
            }
        }

        return byName;
    }

    private static IEnumerable<HeaderDiagnostic> Deduplicate(IEnumerable<HeaderDiagnostic> diagnostics)
    {
        var seen = new HashSet<(string, SourceLocation, string)>();
        var reported = 0;
        SourceLocation? firstUnreported = null;
        foreach (var diagnostic in diagnostics)
        {
            if (!seen.Add((diagnostic.Id, diagnostic.Location, diagnostic.Message)))
            {
                continue;
            }

            // Past the limit, one located error says how many more there were (an IDE cannot use 100 000).
            if (++reported > HeaderLimits.MaxDiagnostics)
            {
                firstUnreported ??= diagnostic.Location;
                continue;
            }

            yield return diagnostic;
        }

        if (firstUnreported is { } at)
        {
            yield return HeaderDiagnostic.Create(DiagnosticIds.LimitExceeded, at, string.Format(CultureInfo.InvariantCulture,
                "{0} more problems in this header are not reported (at most {1} are)", reported - HeaderLimits.MaxDiagnostics, HeaderLimits.MaxDiagnostics));
        }
    }
}
