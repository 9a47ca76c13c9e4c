using System.Globalization;
using System.Text.Json;

namespace Nsfs.Cli.Listing;

/// <summary>Writes <c>nsfs ls</c> rows as an lsns-style table or as JSON (written by hand: no reflection).</summary>
internal static class NamespaceTableWriter
{
    private static readonly string[] Headers = ["NS", "TYPE", "ID", "NPROCS", "OWNER", "PARENT", "INITPID", "PID", "COMMAND"];

    public static void WriteTable(TextWriter output, IReadOnlyList<NamespaceEntry> entries)
    {
        var rows = new List<string[]>(entries.Count + 1) { Headers };
        rows.AddRange(entries.Select(e => new[]
        {
            Text(e.Inode),
            NamespaceTypeNames.GetProcName(e.Type),
            Text(e.Id),
            Text(e.ProcessCount),
            Text(e.OwnerUid),
            Text(e.ParentInode),
            Text(e.InitPid),
            Text(e.Pid),
            e.Command ?? "-",
        }));
        int[] widths = Enumerable.Range(0, Headers.Length).Select(i => rows.Max(r => r[i].Length)).ToArray();
        foreach (var row in rows)
        {
            // Numbers right-aligned, the command left-aligned and last so it may be long.
            var cells = row.Select((cell, i) => i == row.Length - 1 ? cell : i == 1 ? cell.PadRight(widths[i]) : cell.PadLeft(widths[i]));
            output.WriteLine(string.Join(' ', cells).TrimEnd());
        }
    }

    public static void WriteJson(Stream output, IReadOnlyList<NamespaceEntry> entries)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteStartArray("namespaces");
        foreach (var e in entries)
        {
            json.WriteStartObject();
            json.WriteNumber("ns", e.Inode);
            json.WriteString("type", NamespaceTypeNames.GetProcName(e.Type));
            WriteNullable(json, "id", e.Id);
            json.WriteNumber("nprocs", e.ProcessCount);
            WriteNullable(json, "owner_uid", e.OwnerUid);
            WriteNullable(json, "parent", e.ParentInode);
            WriteNullable(json, "init_pid", e.InitPid is { } p ? (ulong)p : null);
            json.WriteNumber("pid", e.Pid);
            json.WriteString("command", e.Command);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, ulong? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static string Text(ulong? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "-";

    private static string Text(uint? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "-";

    private static string Text(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "-";
}
