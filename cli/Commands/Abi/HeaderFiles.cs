using Nsfs.Headers.Sources;

namespace Nsfs.Cli.Commands.Abi;

/// <summary>
/// The cli's one way into the file system for header input: every header, facts file and baseline
/// the commands read goes through <see cref="ReadText"/>. The front end itself never touches files
/// (it runs inside the compiler too).
/// </summary>
internal static class HeaderFiles
{
    /// <summary>Reads a header, facts or baseline file.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static string ReadText(string path) => File.ReadAllText(path);

    /// <summary>A header file and, when it has one next to it, its facts file, for a <see cref="HeaderSetBuilder"/>.</summary>
    /// <param name="path">The header's full path.</param>
    /// <param name="includeName">The name it is included by.</param>
    public static IReadOnlyList<HeaderText> WithCompanions(string path, string includeName)
    {
        var files = new List<HeaderText> { new(includeName, path, ReadText(path)) };
        var facts = CompanionFiles.FactsOf(path);
        if (File.Exists(facts))
        {
            files.Add(new HeaderText(CompanionFiles.FactsOf(includeName), facts, ReadText(facts)));
        }

        return files;
    }
}
