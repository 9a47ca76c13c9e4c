using Microsoft.CodeAnalysis;

namespace Nsfs.Generator.Tests.Generator;

/// <summary>Header problems surface as located NSFS diagnostics in the consumer's build, never as exceptions.</summary>
public sealed class GeneratorDiagnosticTests
{
    [Fact]
    public void A_broken_header_reports_at_its_own_line_and_column()
    {
        var header = TestAdditionalFile.Header("/src/my.h", "#include <linux/ioctl.h>\n#define MY_OK _IO('m', 1)\n#define MY_BAD _IOR('m', 2, struct missing)\n");
        var result = GeneratorHarness.Driver([header]).RunGenerators(GeneratorHarness.Compilation()).GetRunResult();

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("NSFS1002", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal("/src/my.h", span.Path);
        Assert.Equal(2, span.StartLinePosition.Line); // 0-based: line 3
        Assert.Equal(8, span.StartLinePosition.Character); // MY_BAD
        Assert.Contains("MY_BAD", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Contains("MY_OK", result.GeneratedTrees.Single().ToString(), StringComparison.Ordinal);
        Assert.StartsWith(RuleHelpLinks.Base, diagnostic.Descriptor.HelpLinkUri, StringComparison.Ordinal);
    }

    [Fact]
    public void Random_bytes_as_a_header_never_throw()
    {
        var random = new Random(1234);
        var bytes = new char[100_000];
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (char)random.Next(1, 128);
        }

        var header = TestAdditionalFile.Header("/src/noise.h", new string(bytes));
        var result = GeneratorHarness.Driver([header]).RunGenerators(GeneratorHarness.Compilation()).GetRunResult();

        Assert.Null(result.Results.Single().Exception);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "CS8785" or "NSFS1999");
    }

    [Fact]
    public void An_emitter_failure_is_NSFS1999_at_the_header_naming_the_exception()
    {
        // A request without values cannot be emitted (the front end never makes one): the emitter throws.
        var broken = new Nsfs.Headers.Model.RequestModel("BROKEN", "_IO(1, 2)", null, new Nsfs.Headers.SourceLocation("/src/my.h", 2, 9, 6), null, default, null);
        var model = new Nsfs.Headers.Model.HeaderModel("my.h", "/src/my.h", new[] { "x64" }.ToEquatableArray(),
            new[] { broken }.ToEquatableArray(), default, default, default, default);

        var emitted = NsfsGenerator.Emit(new GeneratedHeader(model, "My", default), new GeneratorOptions("Nsfs.Uapi", "public"));

        var failure = Assert.IsType<DiagnosticInfo>(emitted.Failure);
        Assert.Equal(("NSFS1999", "/src/my.h", 0, 0), (failure.Id, failure.Path, failure.Line, failure.Column));
        Assert.Contains("my.h", failure.Message, StringComparison.Ordinal);
        Assert.Contains("System.IndexOutOfRangeException", failure.Message, StringComparison.Ordinal);
        Assert.Equal("My.g.cs", emitted.HintName);
        Assert.DoesNotContain("BROKEN", emitted.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_files_marked_by_the_Nsfs_items_are_read()
    {
        var unmarked = new TestAdditionalFile("/src/other.h", "#define X _IO('x', 1)\n", role: string.Empty);
        var result = GeneratorHarness.Driver([unmarked]).RunGenerators(GeneratorHarness.Compilation()).GetRunResult();

        Assert.Empty(result.GeneratedTrees);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Every_front_end_diagnostic_has_a_descriptor_a_help_link_and_a_docs_page()
    {
        foreach (var id in Nsfs.Headers.DiagnosticIds.All)
        {
            Assert.True(GeneratorDiagnostics.ById.TryGetValue(id.Code, out var descriptor), id.Code);
            Assert.Equal(id.Title, descriptor!.Title.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(id.DefaultSeverity.ToString(), descriptor.DefaultSeverity.ToString());
            Assert.Equal(id.IsEnabledByDefault, descriptor.IsEnabledByDefault);
            Assert.Equal(descriptor.Category, id.Category);
            Assert.Equal($"{RepositoryUrl}/blob/main/docs/rules/{id.Code}.md", descriptor.HelpLinkUri);
            Assert.True(File.Exists(Path.Combine(Oracle.OraclePaths.RepositoryRoot, "docs", "rules", id.Code + ".md")), $"docs/rules/{id.Code}.md");
        }

        Assert.Equal(Nsfs.Headers.DiagnosticIds.All.Count, GeneratorDiagnostics.ById.Count);
    }

    [Fact]
    public void The_release_tracking_files_list_every_catalogue_entry_as_the_descriptor_says()
    {
        var released = new List<string>();
        foreach (var file in new[] { "AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md" })
        {
            foreach (var line in File.ReadAllLines(Path.Combine(Oracle.OraclePaths.RepositoryRoot, "generator", "Nsfs.Generator", file)))
            {
                var cells = line.Split('|').Select(c => c.Trim()).ToArray();
                if (cells.Length != 4 || !cells[0].StartsWith("NSFS", StringComparison.Ordinal))
                {
                    continue;
                }

                var descriptor = GeneratorDiagnostics.ById[cells[0]];
                Assert.Equal(descriptor.Category, cells[1]);
                // Release tracking writes a rule that is off by default as "Disabled".
                Assert.Equal(descriptor.IsEnabledByDefault ? descriptor.DefaultSeverity.ToString() : "Disabled", cells[2]);
                Assert.StartsWith(descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture) + ",", cells[3], StringComparison.Ordinal);
                Assert.Contains(descriptor.HelpLinkUri, cells[3], StringComparison.Ordinal);
                released.Add(cells[0]);
            }
        }

        Assert.Equal(GeneratorDiagnostics.ById.Keys.Order(StringComparer.Ordinal), released.Order(StringComparer.Ordinal));
    }

    // The help links must come from the one RepositoryUrl property, which this test assembly records independently.
    private static string RepositoryUrl { get; } = typeof(GeneratorDiagnosticTests).Assembly
        .GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
        .Cast<System.Reflection.AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "RepositoryUrl").Value!.TrimEnd('/');

    [Fact]
    public void Structs_without_a_CSharp_equivalent_count_towards_the_limit_of_diagnostics_per_header()
    {
        var over = HeaderLimits.MaxDiagnostics + 50;
        var header = "#include <linux/types.h>\n" + string.Concat(Enumerable.Range(0, over).Select(i => $"struct bits{i} {{ __u32 low : 16; __u32 high : 16; }};\n"));
        var result = GeneratorHarness.Driver([TestAdditionalFile.Header("/src/bits.h", header)]).RunGenerators(GeneratorHarness.Compilation()).GetRunResult();

        Assert.Equal(HeaderLimits.MaxDiagnostics + 1, result.Diagnostics.Length);
        Assert.Equal(HeaderLimits.MaxDiagnostics, result.Diagnostics.Count(d => d.Id == "NSFS1015"));
        var summary = result.Diagnostics[^1];
        Assert.Equal("NSFS1010", summary.Id);
        Assert.Equal(HeaderLimits.MaxDiagnostics + 1, summary.Location.GetLineSpan().StartLinePosition.Line); // 0-based: the first left out
        Assert.Contains("50 more problems", summary.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}

/// <summary>A baseline AdditionalFile next to a header turns ABI changes into located build diagnostics.</summary>
public sealed class GeneratorBaselineTests
{
    [Fact]
    public void A_renumbered_request_against_the_shipped_baseline_is_an_error_at_its_define()
    {
        const string Baseline = "NS_GET_PID_FROM_PIDNS\t_IOR(NSIO, 0x5, int)\tdir=read type=0xb7 nr=0x05 size=4\n";
        var header = TestAdditionalFile.Header("/src/linux/nsfs.h", "#include <linux/ioctl.h>\n#define NSIO 0xb7\n#define NS_GET_PID_FROM_PIDNS _IOR(NSIO, 0x6, int)\n", includeName: "linux/nsfs.h");
        var baseline = new TestAdditionalFile("/src/linux/nsfs.h.shipped.txt", Baseline, "baseline");

        var result = GeneratorHarness.Driver([header, baseline]).RunGenerators(GeneratorHarness.Compilation()).GetRunResult();

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("NSFS1101", diagnostic.Id);
        Assert.Equal(2, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void The_vendored_headers_match_their_committed_baselines()
    {
        var files = GeneratorHarness.Vendored("linux/nsfs.h", "linux/pidfd.h").ToList();
        foreach (var name in new[] { "linux/nsfs.h", "linux/pidfd.h" })
        {
            var path = Path.Combine(Oracle.OraclePaths.HeadersRoot, name) + ".shipped.txt";
            files.Add(new TestAdditionalFile(path, File.ReadAllText(path), "baseline"));
        }

        var result = GeneratorHarness.Driver(files).RunGenerators(GeneratorHarness.Compilation()).GetRunResult();

        Assert.DoesNotContain(result.Diagnostics, d => d.Id.StartsWith("NSFS11", StringComparison.Ordinal));
    }
}
