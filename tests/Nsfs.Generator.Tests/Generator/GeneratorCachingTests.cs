using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Nsfs.Generator.Tests.Generator;

/// <summary>The pipeline is incremental: unrelated edits reuse every step, a header edit regenerates, and models hold no Roslyn objects.</summary>
public sealed class GeneratorCachingTests
{
    private static readonly string[] AllSteps =
    {
        TrackingNames.Options, TrackingNames.Inputs, TrackingNames.Includes, TrackingNames.Jobs, TrackingNames.Models, TrackingNames.Sources, TrackingNames.Diagnostics,
    };

    [Fact]
    public void An_unrelated_source_edit_leaves_every_step_cached_or_unchanged()
    {
        var compilation = GeneratorHarness.Compilation("namespace App { public static class A { public const int X = 1; } }");
        var driver = GeneratorHarness.Driver(GeneratorHarness.Vendored("linux/nsfs.h")).RunGenerators(compilation);

        var edited = compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.First(),
            CSharpSyntaxTree.ParseText("namespace App { public static class A { public const int X = 2; } }", GeneratorHarness.ParseOptions));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (var step in AllSteps)
        {
            var outputs = result.TrackedSteps[step].SelectMany(s => s.Outputs).ToList();
            Assert.NotEmpty(outputs);
            Assert.All(outputs, o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {o.Reason}"));
        }
    }

    [Fact]
    public void Editing_a_header_regenerates_its_source_with_the_new_value()
    {
        var header = TestAdditionalFile.Header("/src/my.h", "#include <linux/ioctl.h>\n#define MY_GET _IOR('m', 1, int)\n");
        var driver = GeneratorHarness.Driver([header]).RunGenerators(GeneratorHarness.Compilation());
        Assert.Contains("0x80046d01U", driver.GetRunResult().GeneratedTrees.Single().ToString());

        driver = driver.ReplaceAdditionalText(header, header.WithText("#include <linux/ioctl.h>\n#define MY_GET _IOR('m', 2, long long)\n"));
        var result = driver.RunGenerators(GeneratorHarness.Compilation()).GetRunResult();

        Assert.Contains("0x80086d02U", result.GeneratedTrees.Single().ToString());
        var models = result.Results.Single().TrackedSteps[TrackingNames.Models].SelectMany(s => s.Outputs);
        Assert.Contains(models, o => o.Reason == IncrementalStepRunReason.Modified);
    }

    [Fact]
    public void A_new_namespace_re_emits_every_source_but_reads_no_header_again()
    {
        var files = new List<TestAdditionalFile> { TestAdditionalFile.Header("/src/my.h", "#include <linux/ioctl.h>\n#define MY_GET _IOR('m', 1, int)\n") };
        var driver = GeneratorHarness.Driver(files, new Dictionary<string, string> { ["Nsfs_Namespace"] = "First" }).RunGenerators(GeneratorHarness.Compilation());

        driver = driver.WithUpdatedAnalyzerConfigOptions(new TestOptionsProvider(files, new Dictionary<string, string> { ["Nsfs_Namespace"] = "Second" }));
        var result = driver.RunGenerators(GeneratorHarness.Compilation()).GetRunResult();

        Assert.Contains("namespace Second", result.GeneratedTrees.Single().ToString(), StringComparison.Ordinal);
        Assert.All(result.Results.Single().TrackedSteps[TrackingNames.Models].SelectMany(s => s.Outputs),
            o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void A_comment_only_edit_of_an_unrelated_header_leaves_the_generated_source_unchanged()
    {
        var mine = TestAdditionalFile.Header("/src/my.h", "#include \"other.h\"\n#define MY_VALUE OTHER_VALUE\n");
        var other = TestAdditionalFile.Header("/src/other.h", "#define OTHER_VALUE 7\n", generate: false);
        var driver = GeneratorHarness.Driver([mine, other]).RunGenerators(GeneratorHarness.Compilation());

        driver = driver.ReplaceAdditionalText(other, other.WithText("/* a comment */\n#define OTHER_VALUE 7\n"));
        var result = driver.RunGenerators(GeneratorHarness.Compilation()).GetRunResult().Results.Single();

        // The model is rebuilt (its input changed) but equals the old one, so nothing is emitted again.
        Assert.All(result.TrackedSteps[TrackingNames.Models].SelectMany(s => s.Outputs),
            o => Assert.Equal(IncrementalStepRunReason.Unchanged, o.Reason));
        Assert.All(result.TrackedSteps[TrackingNames.Sources].SelectMany(s => s.Outputs),
            o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void Editing_one_of_several_headers_rebuilds_only_its_model_and_those_of_headers_that_include_it()
    {
        var numbers = TestAdditionalFile.Header("/src/uapi/numbers.h", "#define BASE_NR 1\n", includeName: "uapi/numbers.h");
        var user = TestAdditionalFile.Header("/src/uapi/user.h",
            "#include <linux/ioctl.h>\n#include \"numbers.h\"\n#define USER_GET _IOR('u', BASE_NR, int)\n", includeName: "uapi/user.h");
        var indirect = TestAdditionalFile.Header("/src/uapi/indirect.h",
            "#include <uapi/user.h>\n#define INDIRECT_GET _IOR('i', BASE_NR + 1, int)\n", includeName: "uapi/indirect.h");
        var unrelated = TestAdditionalFile.Header("/src/uapi/unrelated.h",
            "#include <linux/ioctl.h>\n#define UNRELATED_GET _IOR('x', 1, int)\n", includeName: "uapi/unrelated.h");
        var driver = GeneratorHarness.Driver([numbers, user, indirect, unrelated]).RunGenerators(GeneratorHarness.Compilation());

        driver = driver.ReplaceAdditionalText(numbers, numbers.WithText("#define BASE_NR 2\n")).RunGenerators(GeneratorHarness.Compilation());
        var run = driver.GetRunResult();
        var result = run.Results.Single();

        var models = result.TrackedSteps[TrackingNames.Models].SelectMany(s => s.Outputs)
            .ToDictionary(o => ((GeneratedHeader)o.Value).Model.IncludeName, o => o.Reason);
        Assert.Equal(IncrementalStepRunReason.Modified, models["uapi/numbers.h"]);
        Assert.Equal(IncrementalStepRunReason.Modified, models["uapi/user.h"]);
        Assert.Equal(IncrementalStepRunReason.Modified, models["uapi/indirect.h"]);
        Assert.Equal(IncrementalStepRunReason.Cached, models["uapi/unrelated.h"]);

        // Only the edited header's include directives are read again, and the unrelated job is equal to the last one.
        var includes = result.TrackedSteps[TrackingNames.Includes].SelectMany(s => s.Outputs).ToList();
        Assert.Single(includes, o => o.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.Unchanged);
        var jobs = result.TrackedSteps[TrackingNames.Jobs].SelectMany(s => s.Outputs)
            .ToDictionary(o => ((HeaderJob)o.Value).Header.IncludeName, o => o.Reason);
        Assert.Equal(IncrementalStepRunReason.Unchanged, jobs["uapi/unrelated.h"]);
        Assert.Equal(IncrementalStepRunReason.Modified, jobs["uapi/user.h"]);

        var sources = result.TrackedSteps[TrackingNames.Sources].SelectMany(s => s.Outputs)
            .ToDictionary(o => ((NsfsGenerator.EmittedSource)o.Value).HintName, o => o.Reason);
        Assert.Equal(IncrementalStepRunReason.Cached, sources.Single(s => s.Key.Contains("Unrelated", StringComparison.Ordinal)).Value);
        Assert.Contains("0x80047502U", run.GeneratedTrees.Single(t => t.FilePath.EndsWith("User.g.cs", StringComparison.Ordinal)).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_job_holds_only_the_marked_headers_its_header_may_include()
    {
        var numbers = TestAdditionalFile.Header("/src/uapi/numbers.h", "#define BASE_NR 1\n", includeName: "uapi/numbers.h");
        var user = TestAdditionalFile.Header("/src/uapi/user.h", "#include \"numbers.h\"\n#define USER_NR BASE_NR\n", includeName: "uapi/user.h");
        var unrelated = TestAdditionalFile.Header("/src/uapi/unrelated.h", "#define UNRELATED 1\n", includeName: "uapi/unrelated.h");
        var result = GeneratorHarness.Driver([numbers, user, unrelated]).RunGenerators(GeneratorHarness.Compilation()).GetRunResult().Results.Single();

        var jobs = result.TrackedSteps[TrackingNames.Jobs].SelectMany(s => s.Outputs).Select(o => (HeaderJob)o.Value)
            .ToDictionary(j => j.Header.IncludeName, j => j.Dependencies.Select(d => d.IncludeName).ToList());
        Assert.Equal(["uapi/numbers.h"], jobs["uapi/user.h"]);
        Assert.Empty(jobs["uapi/numbers.h"]);
        Assert.Empty(jobs["uapi/unrelated.h"]);
    }

    [Fact]
    public void No_step_output_holds_a_symbol_syntax_source_text_or_compilation()
    {
        var driver = GeneratorHarness.Driver(GeneratorHarness.Vendored("linux/nsfs.h", "linux/pidfd.h")).RunGenerators(GeneratorHarness.Compilation());
        var result = driver.GetRunResult().Results.Single();
        foreach (var step in AllSteps)
        {
            foreach (var output in result.TrackedSteps[step].SelectMany(s => s.Outputs))
            {
                AssertNoRoslynObjects(output.Value, step, new HashSet<object>(ReferenceEqualityComparer.Instance));
            }
        }
    }

    private static void AssertNoRoslynObjects(object? value, string path, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return;
        }

        var type = value.GetType();
        Assert.False(value is Compilation or ISymbol or SyntaxNode or SyntaxTree or SourceText or AdditionalText or Location
            or Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions, $"{path} holds a {type.Name}");
        if (value is IEnumerable items)
        {
            var i = 0;
            foreach (var item in items)
            {
                AssertNoRoslynObjects(item, $"{path}[{i++}]", seen);
            }

            return;
        }

        foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertNoRoslynObjects(field.GetValue(value), $"{path}.{field.Name}", seen);
        }
    }
}
