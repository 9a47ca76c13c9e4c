using System.Text.RegularExpressions;

namespace Nsfs.Generator.Tests.Frontend;

/// <summary>
/// Which object-like macros of a header are ioctl requests, read from the header's text with a few
/// regular expressions — deliberately not with the front end under test. A macro is a request when
/// its replacement list names one of the encoding macros of asm/ioctl.h, or another request of the
/// same header (followed transitively). Conditionals are ignored: callers intersect the result
/// with the macros clang saw defined, which settles <c>#ifdef __KERNEL__</c> and the like.
/// </summary>
public static partial class RequestMacroScanner
{
    private static readonly HashSet<string> EncodingMacros = new(StringComparer.Ordinal) { "_IO", "_IOR", "_IOW", "_IOWR", "_IOC" };

    /// <summary>The names of the request macros <paramref name="headerText"/> defines.</summary>
    public static IReadOnlySet<string> Requests(string headerText)
    {
        ArgumentNullException.ThrowIfNull(headerText);
        var text = LineSplice().Replace(headerText, string.Empty);
        text = BlockComment().Replace(text, " ");
        text = LineComment().Replace(text, string.Empty);

        var bodies = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (Match define in ObjectLikeDefine().Matches(text))
        {
            bodies[define.Groups["name"].Value] = Identifier().Matches(define.Groups["body"].Value).Select(m => m.Value).ToArray();
        }

        var requests = new HashSet<string>(StringComparer.Ordinal);
        bool grew;
        do
        {
            grew = false;
            foreach (var (name, identifiers) in bodies)
            {
                if (!requests.Contains(name) && identifiers.Any(i => EncodingMacros.Contains(i) || requests.Contains(i)))
                {
                    grew = requests.Add(name);
                }
            }
        }
        while (grew);

        return requests;
    }

    [GeneratedRegex(@"\\\r?\n")]
    private static partial Regex LineSplice();

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex BlockComment();

    [GeneratedRegex(@"//[^\n]*")]
    private static partial Regex LineComment();

    // "#define NAME body": a '(' right after the name would make it function-like, which no request is.
    [GeneratedRegex(@"^[ \t]*#[ \t]*define[ \t]+(?<name>[A-Za-z_]\w*)(?!\()(?<body>[^\n]*)$", RegexOptions.Multiline)]
    private static partial Regex ObjectLikeDefine();

    [GeneratedRegex(@"[A-Za-z_]\w*")]
    private static partial Regex Identifier();
}
