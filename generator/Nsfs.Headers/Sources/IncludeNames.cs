using System;
using System.Collections.Generic;
using System.IO;

namespace Nsfs.Headers.Sources;

/// <summary>Works out the name a header file is included by, from the include roots it sits under.</summary>
public static class IncludeNames
{
    /// <summary>
    /// The header's path relative to the first of <paramref name="roots"/> it lies under (a root may be
    /// relative to <paramref name="baseDirectory"/>); a header under no root is included by its file
    /// name — <c>my.h</c> as "my.h".
    /// </summary>
    public static string For(string path, IEnumerable<string?> roots, string? baseDirectory = null)
    {
        var full = Path.GetFullPath(path).Replace('\\', '/');
        foreach (var root in roots)
        {
            if (string.IsNullOrWhiteSpace(root))
            {
                continue;
            }

            var trimmed = root!.Trim();
            var absolute = Path.IsPathRooted(trimmed) || string.IsNullOrEmpty(baseDirectory) ? trimmed : Path.Combine(baseDirectory, trimmed);
            var prefix = Path.GetFullPath(absolute).Replace('\\', '/').TrimEnd('/') + "/";
            if (full.StartsWith(prefix, StringComparison.Ordinal))
            {
                return InMemoryHeaders.Normalize(full.Substring(prefix.Length));
            }
        }

        return Path.GetFileName(path);
    }
}
