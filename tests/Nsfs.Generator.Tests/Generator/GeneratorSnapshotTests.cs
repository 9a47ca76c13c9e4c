using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Nsfs.Generator.Tests.Generator;

/// <summary>The generated source for the vendored headers, pinned as snapshots, and proven to compile cleanly.</summary>
public sealed class GeneratorSnapshotTests
{
    [Theory]
    [InlineData("linux/nsfs.h", "LinuxNsfs")]
    [InlineData("linux/pidfd.h", "LinuxPidfd")]
    [InlineData("linux/sched.h", "LinuxSched")]
    public void Vendored_header_generates_the_snapshot(string includeName, string className)
    {
        var driver = GeneratorHarness.Driver(GeneratorHarness.Vendored(includeName)).RunGenerators(GeneratorHarness.Compilation());
        var result = driver.GetRunResult().Results.Single();

        Assert.Null(result.Exception);
        var source = Assert.Single(result.GeneratedSources);
        Assert.Equal(className + ".g.cs", source.HintName);
        SnapshotAssert.Matches(className, source.SourceText.ToString());
    }

    [Fact]
    public void Generated_code_for_the_vendored_set_compiles_without_warnings_with_docs_required()
    {
        var compilation = GeneratorHarness.Compilation().WithOptions(GeneratorHarness.Compilation().Options
            .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["CS1591"] = ReportDiagnostic.Error }));
        // linux/stat.h for struct statx, a tag of lower-case letters only (CS8981 at warning level 7 and up).
        var files = GeneratorHarness.Vendored("linux/nsfs.h", "linux/pidfd.h", "linux/sched.h", "linux/stat.h").ToList();
        var tree = CSharpSyntaxTree.ParseText(
            "namespace Probe { /// <summary>Uses the constants.</summary>\npublic static class Uses { /// <summary>A request.</summary>\npublic static uint Pid => Consumer.Uapi.LinuxNsfs.NS_GET_PID_FROM_PIDNS; } }",
            GeneratorHarness.ParseOptions.WithDocumentationMode(DocumentationMode.Diagnose));
        compilation = compilation.AddSyntaxTrees(tree);

        // A namespace of the consumer's own, as Nsfs_Namespace defaults to $(RootNamespace).Uapi.
        GeneratorHarness.Driver(files, new Dictionary<string, string> { ["Nsfs_Namespace"] = "Consumer.Uapi" }).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);

        Assert.DoesNotContain(generatorDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning && d.Id != "NSFS1003");
        var reparsed = output.SyntaxTrees.Select(t => t.WithRootAndOptions(t.GetRoot(), GeneratorHarness.ParseOptions.WithDocumentationMode(DocumentationMode.Diagnose)));
        var documented = output.RemoveAllSyntaxTrees().AddSyntaxTrees(reparsed);
        Assert.Empty(documented.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }
}
