namespace Nsfs.Headers.Sources;

/// <summary>
/// Works out the name a header file is included by, from the include roots it sits under. Pure
/// path arithmetic on the strings given (no file system: this runs inside the compiler), so callers
/// pass absolute paths or a base directory for relative roots.
/// </summary>
public static class IncludeNames
{
    /// <summary>
    /// The header's path relative to the first of <paramref name="roots"/> it lies under (a root may be
    /// relative to <paramref name="baseDirectory"/>); a header under no root is included by its file
    /// name — <c>my.h</c> as "my.h".
    /// </summary>
    public static string For(string path, IEnumerable<string?> roots, string? baseDirectory = null)
    {
        var full = Lexical(path);
        foreach (var root in roots)
        {
            if (string.IsNullOrWhiteSpace(root))
            {
                continue;
            }

            var trimmed = root!.Trim().Replace('\\', '/');
            var absolute = System.IO.Path.IsPathRooted(trimmed) || string.IsNullOrEmpty(baseDirectory) ? trimmed : baseDirectory + "/" + trimmed;
            var prefix = Lexical(absolute).TrimEnd('/') + "/";
            if (full.StartsWith(prefix, StringComparison.Ordinal))
            {
                return InMemoryHeaders.Normalize(full.Substring(prefix.Length));
            }
        }

        var slash = full.LastIndexOf('/');
        return slash < 0 ? full : full.Substring(slash + 1);
    }

    /// <summary>Forward slashes with "." and ".." segments resolved, as Path.GetFullPath would for an absolute path.</summary>
    internal static string Lexical(string path)
    {
        var segments = new List<string>();
        foreach (var segment in path.Replace('\\', '/').Split('/'))
        {
            if (segment == "..")
            {
                if (segments.Count > 0 && segments[segments.Count - 1].Length > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }
            }
            else if (segment != "." && (segment.Length > 0 || segments.Count == 0))
            {
                segments.Add(segment);
            }
        }

        return string.Join("/", segments);
    }
}
