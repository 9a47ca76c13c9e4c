using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Nsfs.Generator.Tests.Generator;

/// <summary>Runs <see cref="NsfsGenerator"/> in memory the way the compiler does, with marked AdditionalFiles.</summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    public static CSharpCompilation Compilation(params string[] sources) =>
        CSharpCompilation.Create(
            "Consumer",
            sources.Select(s => CSharpSyntaxTree.ParseText(s, ParseOptions)),
            Net80.References.All.Append(MetadataReference.CreateFromFile(typeof(Nsfs.Metadata.IoctlRequestAttribute).Assembly.Location)),
            // Every warning wave, as in a consumer's build on a current SDK.
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true,
                warningLevel: 9999));

    public static GeneratorDriver Driver(IEnumerable<TestAdditionalFile> files, IReadOnlyDictionary<string, string>? properties = null)
    {
        var list = files.ToList();
        return CSharpGeneratorDriver.Create(
            new[] { new NsfsGenerator().AsSourceGenerator() },
            list.Select(f => (AdditionalText)f),
            ParseOptions,
            new TestOptionsProvider(list, properties ?? new Dictionary<string, string>()),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    /// <summary>
    /// Runs the generator over <paramref name="files"/>, compiles the result and loads it: what a consumer's
    /// build would do. Fails with the compiler's errors and warnings when the generated code does not
    /// compile cleanly (a consumer may build with warnings as errors).
    /// </summary>
    public static (System.Reflection.Assembly Assembly, ImmutableArray<Diagnostic> Diagnostics) CompileAndLoad(IEnumerable<TestAdditionalFile> files,
        IReadOnlyDictionary<string, string>? properties = null)
    {
        Driver(files, properties).RunGeneratorsAndUpdateCompilation(Compilation(), out var compilation, out var diagnostics);
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        var problems = emitted.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(emitted.Success && problems.Count == 0, string.Join(Environment.NewLine, problems));
        return (System.Reflection.Assembly.Load(image.ToArray()), diagnostics);
    }

    /// <summary>A vendored header (with its facts) as a marked AdditionalFile rooted at /repo/headers.</summary>
    public static IEnumerable<TestAdditionalFile> Vendored(params string[] includeNames)
    {
        foreach (var name in includeNames)
        {
            var path = Path.Combine(Oracle.OraclePaths.HeadersRoot, name);
            yield return TestAdditionalFile.Header(path, File.ReadAllText(path), includeName: name);
            if (File.Exists(path + ".facts"))
            {
                yield return new TestAdditionalFile(path + ".facts", File.ReadAllText(path + ".facts"), "facts");
            }
        }
    }
}

/// <summary>An AdditionalFile with the Nsfs item metadata the MSBuild targets would add.</summary>
internal sealed class TestAdditionalFile(string path, string text, string role, IReadOnlyDictionary<string, string>? metadata = null) : AdditionalText
{
    public override string Path { get; } = path;

    public string Content { get; } = text;

    public IReadOnlyDictionary<string, string> Metadata { get; } = new Dictionary<string, string>(metadata ?? new Dictionary<string, string>()) { ["Nsfs_Role"] = role };

    public static TestAdditionalFile Header(string path, string text, string? includeName = null, bool generate = true) =>
        new(path, text, "header", new Dictionary<string, string>
        {
            ["Nsfs_IncludeName"] = includeName ?? string.Empty,
            ["Nsfs_Generate"] = generate ? string.Empty : "false",
        });

    public TestAdditionalFile WithText(string text) => new(Path, text, Metadata["Nsfs_Role"], Metadata);

    public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(Content);
}

internal sealed class TestOptionsProvider(IReadOnlyList<TestAdditionalFile> files, IReadOnlyDictionary<string, string> properties) : AnalyzerConfigOptionsProvider
{
    public override AnalyzerConfigOptions GlobalOptions { get; } =
        new DictionaryOptions(properties.ToImmutableDictionary(p => "build_property." + p.Key, p => p.Value));

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        files.FirstOrDefault(f => f.Path == textFile.Path) is { } file
            ? new DictionaryOptions(file.Metadata.ToImmutableDictionary(m => "build_metadata.AdditionalFiles." + m.Key, m => m.Value))
            : DictionaryOptions.Empty;

    private sealed class DictionaryOptions(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly DictionaryOptions Empty = new(ImmutableDictionary<string, string>.Empty);

        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}
