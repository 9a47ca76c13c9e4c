using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Nsfs.Cli.Commands.Abi;
using Nsfs.Headers;
using Nsfs.Headers.Analysis;
using Nsfs.Headers.Model;
using Nsfs.Headers.Sources;
using Nsfs.Headers.Types;

namespace Nsfs.Cli.Commands;

/// <summary>
/// <c>nsfs ioctls [--header FILE]... [--include DIR]... [--arch NAME|all] [--format table|tsv|json]</c>:
/// every ioctl request of the vendored headers (and any header given), evaluated by the same front end
/// the generator uses. Header diagnostics go to stderr as <c>file(line,col): error NSFSxxxx: message</c>.
/// </summary>
internal static class IoctlsCommand
{
    public static Command Create(CliContext context)
    {
        var headers = new Option<string[]>("--header") { Description = "A uapi header to evaluate as well (repeatable); resolved against --include and the vendored headers.", AllowMultipleArgumentsPerToken = false };
        var includes = new Option<string[]>("--include") { Description = "An include root for --header files (repeatable), searched before the vendored headers." };
        var arch = new Option<string>("--arch") { Description = "An architecture name (x64, ppc64le, …) or 'all'. Default: this machine's." };
        var format = new Option<string>("--format") { Description = "table, tsv or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "tsv", "json");
        var command = new Command("ioctls", "List ioctl request numbers derived from uapi headers for each architecture.") { headers, includes, arch, format };
        command.SetAction(parseResult =>
        {
            var architectures = Architectures(parseResult.GetValue(arch));
            if (architectures is null)
            {
                context.Error.WriteLine($"nsfs: unknown architecture '{parseResult.GetValue(arch)}'; known: all, {string.Join(", ", DataModels.All.Select(m => m.Name))}");
                return (int)ExitCode.Usage;
            }

            List<HeaderModel> models;
            try
            {
                models = Models(parseResult.GetValue(headers) ?? [], parseResult.GetValue(includes) ?? [], architectures);
            }
            catch (IOException error)
            {
                context.Error.WriteLine($"nsfs: {error.Message}");
                return (int)InputFileException.ExitCodeFor(error);
            }

            var failed = false;
            foreach (var diagnostic in models.SelectMany(m => m.Diagnostics).Where(d => d.Severity != HeaderDiagnosticSeverity.Info))
            {
                context.Error.WriteLine(diagnostic.ToString());
                failed |= diagnostic.Severity == HeaderDiagnosticSeverity.Error;
            }

            var rows = models.SelectMany(m => m.Requests).SelectMany(r => r.Values.Select(v => (Request: r, Value: v))).ToList();
            switch (parseResult.GetValue(format))
            {
                case "tsv":
                    WriteTsv(context.Out, rows);
                    break;
                case "json":
                    WriteJson(context.Out, rows);
                    break;
                default:
                    WriteTable(context.Out, rows);
                    break;
            }

            return (int)(failed ? ExitCode.Error : ExitCode.Ok);
        });
        return command;
    }

    private static List<DataModel>? Architectures(string? name)
    {
        if (string.Equals(name, "all", StringComparison.OrdinalIgnoreCase))
        {
            return DataModels.All.ToList();
        }

        var chosen = name is null
            ? DataModels.Find(Nsfs.Metadata.LinuxArchitectures.Current?.ToString() ?? "x64")
            : DataModels.Find(name);
        return chosen is null ? null : [chosen];
    }

    private static List<HeaderModel> Models(string[] headerPaths, string[] includeDirs, List<DataModel> architectures)
    {
        var includeRoots = includeDirs.Select(d => Directory.Exists(d) ? (IHeaderProvider)new DirectoryHeaders(d) : throw new DirectoryNotFoundException($"{d}: no such directory")).ToList();
        var models = new List<HeaderModel>();
        if (headerPaths.Length == 0)
        {
            foreach (var name in VendoredHeaders.IncludeNames)
            {
                var header = VendoredHeaders.Provider.Find(name)!;
                models.Add(HeaderModelBuilder.Build(header, VendoredHeaders.Provider, VendoredHeaders.Facts(name), architectures));
            }

            return models.Where(m => m.Requests.Count > 0 || m.Diagnostics.Any(d => d.Severity == HeaderDiagnosticSeverity.Error)).ToList();
        }

        foreach (var path in headerPaths)
        {
            var text = InputFile.ReadText(path);
            var full = Path.GetFullPath(path);
            var includeName = IncludeNames.For(full, includeDirs);
            var header = new HeaderText(includeName, full, text);
            var roots = new HeaderSet([.. includeRoots, VendoredHeaders.Provider]);
            var facts = InputFile.ReadTextIfExists(path + ".facts") is { } factsText ? (full + ".facts", factsText) : ((string, string)?)null;
            models.Add(HeaderModelBuilder.Build(header, roots, facts, architectures));
        }

        return models;
    }

    private static string Hex(uint value) => "0x" + value.ToString("x8", CultureInfo.InvariantCulture);

    private static string Direction(IoctlDirectionKind direction) => direction switch
    {
        IoctlDirectionKind.None => "none",
        IoctlDirectionKind.Read => "read",
        IoctlDirectionKind.Write => "write",
        _ => "readwrite",
    };

    private static void WriteTsv(TextWriter output, List<(RequestModel Request, ArchRequestValue Value)> rows)
    {
        output.WriteLine("name\tarch\tvalue\tdir\ttype\tnr\tsize");
        foreach (var (request, value) in rows)
        {
            output.WriteLine(string.Join('\t', request.Name, value.Arch, Hex(value.Value), Direction(value.Direction),
                "0x" + value.Type.ToString("x2", CultureInfo.InvariantCulture), value.Number.ToString(CultureInfo.InvariantCulture), value.Size.ToString(CultureInfo.InvariantCulture)));
        }
    }

    private static void WriteTable(TextWriter output, List<(RequestModel Request, ArchRequestValue Value)> rows)
    {
        var nameWidth = Math.Max(4, rows.Count == 0 ? 0 : rows.Max(r => r.Request.Name.Length));
        var formWidth = Math.Max(4, rows.Count == 0 ? 0 : rows.Max(r => r.Request.Form.Length));
        output.WriteLine($"{"NAME".PadRight(nameWidth)}  {"ARCH",-11}  {"VALUE",-10}  {"DIR",-9}  TYPE  {"NR",3}  {"SIZE",4}  {"FORM".PadRight(formWidth)}".TrimEnd());
        foreach (var (request, value) in rows)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{request.Name.PadRight(nameWidth)}  {value.Arch,-11}  {Hex(value.Value),-10}  {Direction(value.Direction),-9}  0x{value.Type:x2}  {value.Number,3}  {value.Size,4}  {request.Form}"));
        }
    }

    private static void WriteJson(TextWriter output, List<(RequestModel Request, ArchRequestValue Value)> rows)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartArray();
            foreach (var (request, value) in rows)
            {
                json.WriteStartObject();
                json.WriteString("name", request.Name);
                json.WriteString("arch", value.Arch);
                json.WriteString("value", Hex(value.Value));
                json.WriteString("dir", Direction(value.Direction));
                json.WriteNumber("type", value.Type);
                json.WriteNumber("nr", value.Number);
                json.WriteNumber("size", value.Size);
                json.WriteString("form", request.Form);
                json.WriteString("header", request.Location.Path);
                json.WriteNumber("line", request.Location.Line);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
