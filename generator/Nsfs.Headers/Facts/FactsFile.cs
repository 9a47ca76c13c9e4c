using Nsfs.Headers.Model;

namespace Nsfs.Headers.Facts;

/// <summary>
/// The annotation file next to a header (<c>linux/nsfs.h.facts</c>): the facts a header cannot
/// express, in one small documented place — the win32metadata idea. Lines:
/// <code>
/// request NAME arg=none|value|out|in|inout [type="C type"] result=zero|fd|pid|value [ns=pid,user] [errors=ESRCH,EINVAL]
/// enum NAME [flags] MACRO=Member MACRO=Member ...
/// </code>
/// <c>#</c> starts a comment. Values come from the header; the file only names and classifies them.
/// </summary>
public sealed class FactsFile
{
    private static readonly string[] ArgumentKinds = { "none", "value", "out", "in", "inout" };
    private static readonly string[] ResultKinds = { "zero", "fd", "pid", "value" };
    private static readonly string[] RequestKeys = { "arg", "type", "result", "ns", "errors" };

    /// <summary>Request facts by request name.</summary>
    public Dictionary<string, (RequestFacts Facts, SourceLocation Location)> Requests { get; } = new(StringComparer.Ordinal);

    /// <summary>Enums grouped from macros.</summary>
    public List<EnumGrouping> Enums { get; } = new();

    /// <summary>Problems in the file.</summary>
    public List<HeaderDiagnostic> Diagnostics { get; } = new();

    /// <summary>Parses a facts file; problems become diagnostics located in it.</summary>
    public static FactsFile Parse(string path, string text)
    {
        var file = new FactsFile();
        var lines = text.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var hash = line.IndexOf('#');
            if (hash >= 0)
            {
                line = line.Substring(0, hash);
            }

            var words = Words(line);
            if (words.Count == 0)
            {
                continue;
            }

            var location = new SourceLocation(path, i + 1, line.Length - line.TrimStart().Length + 1, line.Trim().Length);
            try
            {
                switch (words[0])
                {
                    case "request" when words.Count >= 2:
                        file.AddRequest(words, location);
                        break;
                    case "enum" when words.Count >= 3:
                        file.AddEnum(words, location);
                        break;
                    default:
                        throw new FormatException($"Expected 'request NAME key=value…' or 'enum NAME MACRO=Member…', found '{line.Trim()}'");
                }
            }
            catch (FormatException error)
            {
                file.Diagnostics.Add(HeaderDiagnostic.Create(DiagnosticIds.FactsError, location, error.Message));
            }
        }

        return file;
    }

    private void AddRequest(List<string> words, SourceLocation location)
    {
        var name = words[1];
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var word in words.Skip(2))
        {
            var equals = word.IndexOf('=');
            if (equals <= 0)
            {
                throw new FormatException($"'{word}' is not key=value");
            }

            values[word.Substring(0, equals)] = word.Substring(equals + 1);
        }

        var unknown = values.Keys.Except(RequestKeys).ToList();
        if (unknown.Count > 0)
        {
            throw new FormatException($"Unknown key '{unknown[0]}' for {name}");
        }

        var argument = Required(values, "arg", ArgumentKinds, name);
        var result = Required(values, "result", ResultKinds, name);
        values.TryGetValue("type", out var type);
        if (argument != "none" && type is null)
        {
            throw new FormatException($"{name}: arg={argument} needs type=\"C type\"");
        }

        values.TryGetValue("ns", out var ns);
        values.TryGetValue("errors", out var errors);
        if (Requests.ContainsKey(name))
        {
            throw new FormatException($"{name} is annotated twice");
        }

        Requests[name] = (new RequestFacts(argument, type, result, ns, errors), location);
    }

    private void AddEnum(List<string> words, SourceLocation location)
    {
        var flags = words[2] == "flags";
        var members = new List<(string Macro, string Member)>();
        foreach (var word in words.Skip(flags ? 3 : 2))
        {
            var equals = word.IndexOf('=');
            if (equals <= 0)
            {
                throw new FormatException($"'{word}' is not MACRO=Member");
            }

            members.Add((word.Substring(0, equals), word.Substring(equals + 1)));
        }

        Enums.Add(new EnumGrouping(words[1], flags, members, location));
    }

    private static string Required(Dictionary<string, string> values, string key, string[] allowed, string name)
    {
        if (!values.TryGetValue(key, out var value) || Array.IndexOf(allowed, value) < 0)
        {
            throw new FormatException($"{name}: {key}= must be one of {string.Join(", ", allowed)}");
        }

        return value;
    }

    // Splits on white space; double quotes group words (type="struct mnt_ns_info").
    private static List<string> Words(string line)
    {
        var words = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && char.IsWhiteSpace(c))
            {
                if (current.Length > 0)
                {
                    words.Add(current.ToString());
                    current.Clear();
                }
            }
            else
            {
                current.Append(c);
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }
}
