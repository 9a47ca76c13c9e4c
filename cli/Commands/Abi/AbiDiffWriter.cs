using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Nsfs.Headers.Baseline;

namespace Nsfs.Cli.Commands.Abi;

/// <summary>Writes <c>nsfs diff</c> results as an aligned table or as JSON.</summary>
internal static class AbiDiffWriter
{
    private static readonly string[] Columns = ["CLASS", "KIND", "NAME", "OLD", "NEW", "DETAIL"];

    /// <summary>The kind as printed: <c>renumbered</c>, <c>direction-changed</c>, <c>extensible-growth</c>, …</summary>
    public static string KindName(AbiChangeKind kind) => kind switch
    {
        AbiChangeKind.Renumbered => "renumbered",
        AbiChangeKind.DirectionChanged => "direction-changed",
        AbiChangeKind.SizeChanged => "size-changed",
        AbiChangeKind.ExtensibleGrowth => "extensible-growth",
        AbiChangeKind.Removed => "removed",
        AbiChangeKind.Added => "added",
        _ => "collision",
    };

    /// <summary>The class as printed: <c>breaking</c>, <c>compatible</c> or <c>added</c>.</summary>
    public static string ClassName(AbiChangeClass @class) => @class switch
    {
        AbiChangeClass.Breaking => "breaking",
        AbiChangeClass.Compatible => "compatible",
        _ => "added",
    };

    /// <summary>One section per header, then a total line.</summary>
    public static void WriteTable(TextWriter output, IReadOnlyList<HeaderDiff> diffs, string arch)
    {
        foreach (var diff in diffs)
        {
            output.WriteLine($"== {diff.Header} (values on {arch})");
            if (diff.Changes.Count == 0)
            {
                output.WriteLine("no ABI changes");
                continue;
            }

            var rows = new List<string[]> { Columns };
            rows.AddRange(diff.Changes.Select(c => new[]
            {
                ClassName(c.Class), KindName(c.Kind), c.Name, Cell(c.Old, arch), Cell(c.New, arch), c.Detail,
            }));
            var widths = Enumerable.Range(0, 5).Select(i => rows.Max(r => r[i].Length)).ToArray();
            foreach (var row in rows)
            {
                var padded = row.Take(5).Select((cell, i) => cell.PadRight(widths[i])).Append(row[5]);
                output.WriteLine(string.Join("  ", padded).TrimEnd());
            }
        }

        output.WriteLine(Totals(diffs));
    }

    /// <summary>A JSON object with every change and the totals.</summary>
    public static void WriteJson(Stream output, IReadOnlyList<HeaderDiff> diffs, string arch)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("arch", arch);
        json.WriteStartArray("headers");
        foreach (var diff in diffs)
        {
            json.WriteStartObject();
            json.WriteString("header", diff.Header);
            json.WriteStartArray("changes");
            foreach (var change in diff.Changes)
            {
                json.WriteStartObject();
                json.WriteString("name", change.Name);
                json.WriteString("class", ClassName(change.Class));
                json.WriteString("kind", KindName(change.Kind));
                WriteRequest(json, "old", change.Old, arch);
                WriteRequest(json, "new", change.New, arch);
                json.WriteString("detail", change.Detail);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        var all = diffs.SelectMany(d => d.Changes).ToList();
        json.WriteNumber("breaking", all.Count(c => c.Class == AbiChangeClass.Breaking));
        json.WriteNumber("compatible", all.Count(c => c.Class == AbiChangeClass.Compatible));
        json.WriteNumber("added", all.Count(c => c.Class == AbiChangeClass.Added));
        json.WriteEndObject();
    }

    private static void WriteRequest(Utf8JsonWriter json, string property, AbiRequest? request, string arch)
    {
        if (request is null)
        {
            json.WriteNull(property);
            return;
        }

        json.WriteStartObject(property);
        json.WriteString("form", request.Form);
        if (request.ValueOn(arch) is { } value)
        {
            json.WriteString("value", Hex(value));
        }
        else
        {
            json.WriteNull("value");
        }

        json.WriteString("dir", AbiDirections.Name(request.Direction));
        json.WriteString("type", string.Format(CultureInfo.InvariantCulture, "0x{0:x2}", request.Type));
        json.WriteString("nr", string.Format(CultureInfo.InvariantCulture, "0x{0:x2}", request.Number));
        json.WriteNumber("size", request.SizeOn(arch));
        json.WriteEndObject();
    }

    private static string Totals(IReadOnlyList<HeaderDiff> diffs)
    {
        var all = diffs.SelectMany(d => d.Changes).ToList();
        return string.Format(CultureInfo.InvariantCulture, "{0} breaking, {1} compatible, {2} added",
            all.Count(c => c.Class == AbiChangeClass.Breaking), all.Count(c => c.Class == AbiChangeClass.Compatible), all.Count(c => c.Class == AbiChangeClass.Added));
    }

    // A request read from a baseline has no encoded values: its form alone is shown (the detail has the facts).
    private static string Cell(AbiRequest? request, string arch) =>
        request is null ? "-" : request.ValueOn(arch) is { } value ? $"{request.Form} = {Hex(value)}" : request.Form;

    private static string Hex(uint value) => string.Format(CultureInfo.InvariantCulture, "0x{0:x8}", value);
}
