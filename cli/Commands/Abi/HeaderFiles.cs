using Nsfs.Headers.Sources;

namespace Nsfs.Cli.Commands.Abi;

/// <summary>
/// A header file with its companions, read through <see cref="InputFile"/> (the cli's one careful
/// reader). The front end itself never touches files (it runs inside the compiler too).
/// </summary>
internal static class HeaderFiles
{
    /// <summary>A header file and, when it has one next to it, its facts file, for a <see cref="HeaderSetBuilder"/>.</summary>
    /// <param name="path">The header's full path.</param>
    /// <param name="includeName">The name it is included by.</param>
    /// <exception cref="InputFileException">The header or its facts file is not a readable regular UTF-8 file within the size limit.</exception>
    public static IReadOnlyList<HeaderText> WithCompanions(string path, string includeName)
    {
        var files = new List<HeaderText> { new(includeName, path, InputFile.ReadText(path)) };
        var facts = CompanionFiles.FactsOf(path);
        if (InputFile.ReadTextIfExists(facts) is { } factsText)
        {
            files.Add(new HeaderText(CompanionFiles.FactsOf(includeName), facts, factsText));
        }

        return files;
    }
}
