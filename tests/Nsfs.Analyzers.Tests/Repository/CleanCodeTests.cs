using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Nsfs.Analyzers.Tests.Repository;

/// <summary>
/// Correct code must stay silent: the README's csharp snippets, the samples and the checked-in
/// CleanCode files are compiled against the runtime and run through every Nsfs analyzer. (The
/// runtime and cli are checked by their own builds, which reference the analyzers with warnings as
/// errors.) Whatever exists is checked; the CleanCode files guarantee the check is never empty.
/// </summary>
public sealed partial class CleanCodeTests
{
    private const string GlobalUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    public static TheoryData<string> CleanCodeFiles() => new(Directory
        .GetFiles(Path.Combine(RepositoryPaths.Root, "tests", "Nsfs.Analyzers.Tests", "CleanCode"), "*.cs")
        .Select(path => Path.GetFileName(path)));

    [Theory]
    [MemberData(nameof(CleanCodeFiles))]
    public async Task Clean_code_file_has_no_findings(string file)
    {
        string path = Path.Combine(RepositoryPaths.Root, "tests", "Nsfs.Analyzers.Tests", "CleanCode", file);
        await AssertCleanAsync(OutputKind.DynamicallyLinkedLibrary, requireCompiles: true, File.ReadAllText(path));
    }

    [Fact]
    public async Task Samples_have_no_findings()
    {
        string samples = Path.Combine(RepositoryPaths.Root, "samples");
        var projects = Directory.Exists(samples) ? Directory.GetDirectories(samples) : [];
        foreach (string project in projects)
        {
            var sources = Directory.GetFiles(project, "*.cs", SearchOption.AllDirectories)
                .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                    && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                .Select(File.ReadAllText)
                .ToArray();
            await AssertCleanAsync(OutputKind.ConsoleApplication, requireCompiles: true, sources);
        }
    }

    [Fact]
    public async Task Readme_snippets_have_no_findings()
    {
        string readme = Path.Combine(RepositoryPaths.Root, "README.md");
        foreach (Match block in CSharpBlock().Matches(File.ReadAllText(readme)))
        {
            // Snippets may be fragments that lean on surrounding prose; only findings matter here.
            string code = block.Groups["code"].Value;
            var kind = code.Contains("class ", StringComparison.Ordinal) && !code.TrimStart().StartsWith("using", StringComparison.Ordinal) && !code.Contains("Main(", StringComparison.Ordinal)
                ? OutputKind.DynamicallyLinkedLibrary
                : OutputKind.ConsoleApplication;
            await AssertCleanAsync(kind, requireCompiles: false, code);
        }
    }

    private static async Task AssertCleanAsync(OutputKind kind, bool requireCompiles, params string[] sources)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = sources.Append(GlobalUsings).Select(source => CSharpSyntaxTree.ParseText(source, parse));
        var compilation = CSharpCompilation.Create("CleanCode", trees,
            Basic.Reference.Assemblies.Net80.References.All.Append(MetadataReference.CreateFromFile(typeof(PidNamespace).Assembly.Location)),
            new CSharpCompilationOptions(kind, allowUnsafe: true, nullableContextOptions: NullableContextOptions.Enable));
        if (requireCompiles)
        {
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        }

        var findings = await compilation.WithAnalyzers(ShippedAnalyzers.All).GetAnalyzerDiagnosticsAsync();
        Assert.Empty(findings);
    }

    [GeneratedRegex(@"```(?:csharp|cs|c#)\s*\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
