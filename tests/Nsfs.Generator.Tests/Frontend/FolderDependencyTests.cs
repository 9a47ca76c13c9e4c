using System.Text.RegularExpressions;

namespace Nsfs.Generator.Tests.Frontend;

/// <summary>
/// The front end's folders depend on each other as docs/architecture.md draws them, so no cycle
/// (lexing needing the parser, the parser needing the preprocessor) creeps back in.
/// </summary>
public sealed partial class FolderDependencyTests
{
    // Each folder and the folders of Nsfs.Headers it may use. The project root ("") is the bottom:
    // diagnostics, HeaderException, SourceLocation and the work budget, open to every folder.
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        [""] = [],
        ["Types"] = [],
        ["Lexing"] = ["Types"],
        ["Evaluation"] = ["Lexing", "Types"],
        ["Sources"] = ["Lexing", "Types"],
        ["Preprocessing"] = ["Evaluation", "Lexing", "Sources", "Types"],
        ["Parsing"] = ["Evaluation", "Lexing", "Types"],
        ["Model"] = ["Types"],
    };

    [Fact]
    public void Each_front_end_folder_uses_only_the_folders_before_it()
    {
        var root = Path.Combine(OraclePaths.RepositoryRoot, "generator", "Nsfs.Headers");
        var violations = new List<string>();
        foreach (var (folder, allowed) in Allowed)
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(root, folder), "*.cs"))
            {
                foreach (Match use in HeadersNamespace().Matches(File.ReadAllText(file)))
                {
                    var used = use.Groups[1].Value;
                    if (used != folder && !allowed.Contains(used))
                    {
                        violations.Add($"{Path.Combine(folder, Path.GetFileName(file))} uses Nsfs.Headers.{used}");
                    }
                }
            }
        }

        Assert.True(violations.Count == 0, string.Join('\n', violations));
    }

    [GeneratedRegex(@"\bNsfs\.Headers\.([A-Z][A-Za-z]*)\b")]
    private static partial Regex HeadersNamespace();
}
