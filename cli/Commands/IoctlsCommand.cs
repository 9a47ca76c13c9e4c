using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Nsfs.Cli.Commands.Abi;
using Nsfs.Headers;
using Nsfs.Headers.Baseline;
using Nsfs.Headers.Model;
using Nsfs.Headers.Types;

namespace Nsfs.Cli.Commands;

/// <summary>
/// <c>nsfs ioctls [--header FILE]... [--header-dir DIR]... [--include DIR]... [--include-arch ARCH=DIR]...
/// [--prelude NAME]... [--arch NAME|all] [--format table|tsv|json]</c>: every ioctl request of the
/// vendored headers (or of the headers given), evaluated by the same front end the generator uses.
/// Header diagnostics go to stderr as <c>file(line,col): error NSFSxxxx: message</c>.
/// </summary>
internal static class IoctlsCommand
{
    public static Command Create(CliContext context)
    {
        var headers = new Option<string[]>("--header") { Description = "A uapi header to evaluate instead of the vendored ones (repeatable): a file, else a name under an --include root (linux/fs.h).", AllowMultipleArgumentsPerToken = false };
        var headerDirs = new Option<string[]>("--header-dir") { Description = "Evaluate every .h below DIR (repeatable); each is named by its path under the --include root it lies in, else under DIR." };
        var includes = new Option<string[]>("--include") { Description = "An include root (repeatable), searched in order before the vendored headers." };
        var includeArch = new Option<string[]>("--include-arch") { Description = "ARCH=DIR: an include root for one architecture (a name such as x64, or a kernel arch such as x86), searched first for it: a kernel tree's arch/x86/include/uapi, or a folder holding asm/ (repeatable)." };
        var preludes = new Option<string[]>("--prelude") { Description = "A header read before each header, like cc -include (repeatable); resolved like #include <NAME>. Default: linux/ioctl.h, as C programs include <sys/ioctl.h> first; 'none' for none." };
        var arch = ArchitectureOption.Create("An architecture name (x64, ppc64le, …) or 'all'. Default: this machine's.", allowsAll: true);
        var format = new Option<string>("--format") { Description = "table, tsv or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "tsv", "json");
        var command = new Command("ioctls", "List ioctl request numbers derived from uapi headers for each architecture.") { headers, headerDirs, includes, includeArch, preludes, arch, format };
        // The vendored headers are read as the generator reads them: options for reading one's own
        // headers would change nothing there, so giving them without a header is a mistake.
        command.Validators.Add(result =>
        {
            if (result.GetResult(headers) is null && result.GetResult(headerDirs) is null)
            {
                foreach (var option in new Option[] { includes, includeArch, preludes }.Where(o => result.GetResult(o) is not null))
                {
                    result.AddError($"{option.Name} applies to the headers given with --header or --header-dir; give one, or leave {option.Name} out to list the vendored headers");
                }
            }
        });
        command.SetAction(parseResult => (int)CommandRunner.RunReadingInputs(context, () =>
        {
            var architectures = parseResult.GetValue(arch) is { } name ? ArchitectureOption.Resolve(name) : [ArchitectureOption.Machine(context.Machine)];

            var options = IncludeOptions.Create(parseResult.GetValue(includes) ?? [], parseResult.GetValue(includeArch) ?? [], parseResult.GetValue(preludes) ?? []);
            var models = Models(parseResult.GetValue(headers) ?? [], parseResult.GetValue(headerDirs) ?? [], options, architectures);
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

            return failed ? ExitCode.Error : ExitCode.Ok;
        }));
        return command;
    }

    private static List<HeaderModel> Models(string[] headerPaths, string[] headerDirs, IncludeOptions options, IReadOnlyList<DataModel> architectures)
    {
        if (headerPaths.Length == 0 && headerDirs.Length == 0)
        {
            return Listed(HeaderInput.Vendored(), architectures).ToList();
        }

        var trees = headerDirs.Select(dir => HeaderInput.OpenTree(dir, options)).ToList();
        var files = headerPaths.Select(path => HeaderInput.OpenFile(path, options)).ToList();
        return files.Select(file => file.BuildFile(architectures)).Concat(trees.SelectMany(tree => Listed(tree, architectures))).ToList();
    }

    // The headers of a listing that say something: requests, or an error why there are none.
    private static IEnumerable<HeaderModel> Listed(HeaderInput input, IReadOnlyList<DataModel> architectures) =>
        input.IncludeNames.Select(name => input.Build(name, architectures)!)
            .Where(m => m.Requests.Count > 0 || m.Diagnostics.Any(d => d.Severity == HeaderDiagnosticSeverity.Error));

    private static string Hex(uint value) => "0x" + value.ToString("x8", CultureInfo.InvariantCulture);

    private static void WriteTsv(TextWriter output, List<(RequestModel Request, ArchRequestValue Value)> rows)
    {
        output.WriteLine("name\tarch\tvalue\tdir\ttype\tnr\tsize");
        foreach (var (request, value) in rows)
        {
            output.WriteLine(string.Join('\t', request.Name, value.Arch, Hex(value.Value), AbiDirections.Name(value.Direction),
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
                $"{request.Name.PadRight(nameWidth)}  {value.Arch,-11}  {Hex(value.Value),-10}  {AbiDirections.Name(value.Direction),-9}  0x{value.Type:x2}  {value.Number,3}  {value.Size,4}  {request.Form}"));
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
                json.WriteString("dir", AbiDirections.Name(value.Direction));
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
