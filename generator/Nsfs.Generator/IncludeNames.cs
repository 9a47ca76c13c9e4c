using System;
using System.IO;
using Nsfs.Headers.Sources;

namespace Nsfs.Generator;

/// <summary>Works out the name a marked header is included by.</summary>
internal static class IncludeNames
{
    /// <summary>
    /// The header's path relative to its include root (<c>IncludeRoot</c> metadata, relative to the
    /// project directory or absolute); without a root, the file name — <c>my.h</c> is included as "my.h".
    /// </summary>
    public static string Relative(string path, string? includeRoot, string? projectDirectory)
    {
        if (string.IsNullOrWhiteSpace(includeRoot))
        {
            return Path.GetFileName(path);
        }

        var root = Path.IsPathRooted(includeRoot) || string.IsNullOrEmpty(projectDirectory) ? includeRoot!.Trim() : Path.Combine(projectDirectory, includeRoot!.Trim());
        root = Path.GetFullPath(root).Replace('\\', '/').TrimEnd('/') + "/";
        var full = Path.GetFullPath(path).Replace('\\', '/');
        return full.StartsWith(root, StringComparison.Ordinal) ? InMemoryHeaders.Normalize(full.Substring(root.Length)) : Path.GetFileName(path);
    }
}
