using System.Globalization;
using System.Text;
using Nsfs.Headers.Model;
using Nsfs.Headers.Types;

namespace Nsfs.Headers.Baseline;

/// <summary>
/// A header's committed ABI baseline (<c>&lt;header&gt;.shipped.txt</c>): the ioctl requests that
/// shipped, so that updating the header becomes a reviewed, visible change.
/// </summary>
/// <remarks>
/// The text format (also in <c>docs/abi-baseline.md</c>) is line-oriented UTF-8 with LF line ends:
/// <list type="bullet">
/// <item>Lines that are empty or start with <c>#</c> are comments.</item>
/// <item>Every other line is one request, three fields separated by one tab:
/// <c>NAME</c>, <c>FORM</c> (the macro body, white space collapsed) and the facts, e.g.
/// <c>NS_GET_PID_FROM_PIDNS&#9;_IOR(NSIO, 0x6, int)&#9;dir=read type=0xb7 nr=0x06 size=4</c>.</item>
/// <item>The facts are space-separated <c>key=value</c> pairs: <c>dir</c> (<c>none</c>, <c>read</c>,
/// <c>write</c>, <c>readwrite</c>), <c>type</c> and <c>nr</c> (hex or decimal), <c>size</c> (decimal,
/// the size on most architectures), each exactly once, then <c>size@ARCH=N</c> for each architecture
/// whose size differs.</item>
/// <item>Lines are sorted by name (ordinal), so the file is stable and diffs read well.</item>
/// </list>
/// The encoded values are not stored: they follow from these facts and each architecture's
/// <c>asm/ioctl.h</c>, which encode the same direction kind differently.
/// </remarks>
public sealed class AbiBaseline
{
    private static readonly string[] RequiredFacts = { "dir", "type", "nr", "size" };

    private AbiBaseline(string path, IReadOnlyList<AbiRequest> requests, IReadOnlyList<HeaderDiagnostic> diagnostics)
    {
        Path = path;
        Requests = requests;
        Diagnostics = diagnostics;
    }

    /// <summary>The baseline's display path.</summary>
    public string Path { get; }

    /// <summary>The requests that parsed, located at their lines.</summary>
    public IReadOnlyList<AbiRequest> Requests { get; }

    /// <summary>One <see cref="DiagnosticIds.BaselineMalformed"/> per malformed line (that line is skipped).</summary>
    public IReadOnlyList<HeaderDiagnostic> Diagnostics { get; }

    /// <summary>Writes the baseline of <paramref name="model"/>'s requests.</summary>
    public static string Write(HeaderModel model)
    {
        if (model is null)
        {
            throw new ArgumentNullException(nameof(model));
        }

        var text = new StringBuilder();
        text.Append("# ABI baseline of ").Append(model.IncludeName).Append(": the ioctl requests binaries built from it depend on.\n");
        text.Append("# Review changes like PublicAPI.Shipped.txt; refresh with `nsfs baseline accept <header>`.\n");
        text.Append("# NAME<TAB>FORM<TAB>dir=none|read|write|readwrite type=0xNN nr=0xNN size=N [size@ARCH=N ...] (docs/abi-baseline.md)\n");
        foreach (var request in model.Requests.Select(AbiRequest.From).OrderBy(r => r.Name, StringComparer.Ordinal))
        {
            text.Append(request.Name).Append('\t').Append(request.Form).Append('\t').Append(request.FactsText).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Reads a baseline; never throws on bad content, reporting it as diagnostics instead.</summary>
    /// <param name="path">The display path used in locations.</param>
    /// <param name="text">The file's text.</param>
    public static AbiBaseline Parse(string path, string text)
    {
        var requests = new List<AbiRequest>();
        var diagnostics = new List<HeaderDiagnostic>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var lines = (text ?? string.Empty).Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index].TrimEnd('\r');
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith("#", StringComparison.Ordinal))
            {
                continue;
            }

            var number = index + 1;
            void Report(int column, int length, string message) => diagnostics.Add(HeaderDiagnostic.Create(
                DiagnosticIds.BaselineMalformed, new SourceLocation(path, number, column, length), message));

            var fields = line.Split('\t');
            if (fields.Length != 3)
            {
                Report(1, line.Length, $"Expected NAME<TAB>FORM<TAB>FACTS (3 tab-separated fields), found {fields.Length}");
                continue;
            }

            var name = fields[0];
            if (!IsIdentifier(name))
            {
                Report(1, name.Length, $"'{name}' is not a macro name");
                continue;
            }

            if (!seen.Add(name))
            {
                Report(1, name.Length, $"{name} is listed twice");
                continue;
            }

            if (fields[1].Trim().Length == 0)
            {
                Report(name.Length + 2, 0, $"{name} has an empty form");
                continue;
            }

            var factsColumn = name.Length + fields[1].Length + 3;
            if (TryParseFacts(fields[2], out var facts, out var error))
            {
                requests.Add(new AbiRequest(name, AbiRequest.NormalizeForm(fields[1]), facts.Direction, facts.Type, facts.Number, facts.Size,
                    facts.Overrides.ToEquatableArray(), default, new SourceLocation(path, number, 1, name.Length)));
            }
            else
            {
                Report(factsColumn, fields[2].Length, $"{name}: {error}");
            }
        }

        return new AbiBaseline(path, requests, diagnostics);
    }

    private static bool TryParseFacts(string text, out (IoctlDirectionKind Direction, uint Type, uint Number, uint Size, List<ArchSize> Overrides) facts, out string error)
    {
        facts = (IoctlDirectionKind.None, 0, 0, 0, new List<ArchSize>());
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pair in AbiRequest.NormalizeForm(text).Split(' ').Where(p => p.Length > 0))
        {
            var equals = pair.IndexOf('=');
            var key = equals > 0 ? pair.Substring(0, equals) : pair;
            var value = equals > 0 ? pair.Substring(equals + 1) : string.Empty;
            if (!found.Add(key))
            {
                error = $"'{key}' is given twice";
                return false;
            }

            uint number;
            switch (key)
            {
                case "dir" when AbiDirections.TryParse(value, out var direction):
                    facts.Direction = direction;
                    break;
                case "type" when TryParseNumber(value, out number):
                    facts.Type = number;
                    break;
                case "nr" when TryParseNumber(value, out number):
                    facts.Number = number;
                    break;
                case "size" when TryParseNumber(value, out number):
                    facts.Size = number;
                    break;
                default:
                    if (key.StartsWith("size@", StringComparison.Ordinal) && DataModels.Find(key.Substring(5)) is { } arch && TryParseNumber(value, out number))
                    {
                        facts.Overrides.Add(new ArchSize(arch.Name, number));
                        break;
                    }

                    error = $"'{pair}' is not a valid fact (expected dir=none|read|write|readwrite, type=N, nr=N, size=N or size@ARCH=N)";
                    return false;
            }
        }

        var missing = RequiredFacts.Where(k => !found.Contains(k)).ToList();
        error = missing.Count == 0 ? string.Empty : "missing " + string.Join(", ", missing);
        return missing.Count == 0;
    }

    private static bool TryParseNumber(string text, out uint value) =>
        text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            ? uint.TryParse(text.Substring(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value)
            : uint.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);

    private static bool IsIdentifier(string text) =>
        text.Length > 0 && !char.IsDigit(text[0]) && text.All(c => c == '_' || (c < 128 && char.IsLetterOrDigit(c)));
}
