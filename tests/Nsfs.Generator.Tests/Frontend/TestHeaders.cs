namespace Nsfs.Generator.Tests.Frontend;

/// <summary>Runs the front end on header text written in a test, with the vendored headers as include roots.</summary>
public static class TestHeaders
{
    /// <summary>The include name and display path of the header under test.</summary>
    public const string PrimaryPath = "test/input.h";

    /// <summary>A header held in memory, shown under its include name.</summary>
    public static HeaderText Header(string includeName, string text) => new(includeName, includeName, text);

    /// <summary>The model of <paramref name="text"/> on the named architectures (x64 when none are named).</summary>
    public static HeaderModel Build(string text, params string[] architectures) => Build(text, [], architectures);

    /// <summary>The model of <paramref name="text"/>, with <paramref name="others"/> includable before the vendored headers.</summary>
    public static HeaderModel Build(string text, IReadOnlyList<HeaderText> others, params string[] architectures) =>
        HeaderModelBuilder.Build(Header(PrimaryPath, text), Roots(others), architectures: Models(architectures));

    /// <summary>What one architecture's analysis of <paramref name="text"/> holds (constants with their C types, the type table).</summary>
    public static ArchAnalysis Analyze(string text, string architecture = "x64") =>
        HeaderEvaluator.Evaluate(Header(PrimaryPath, text), Roots([]), Model(architecture));

    /// <summary>The value of a numeric constant of <paramref name="text"/> on one architecture, with its C type.</summary>
    public static CValue Constant(string text, string name, string architecture = "x64")
    {
        var analysis = Analyze(text, architecture);
        var matches = analysis.Constants.Where(c => c.Name == name).ToList();
        if (matches.Count != 1)
        {
            throw new InvalidOperationException($"{name} is not a constant of the header: {string.Join("; ", analysis.Diagnostics)}");
        }

        return matches[0].Value;
    }

    /// <summary>A data model by name.</summary>
    public static DataModel Model(string name) => DataModels.Find(name) ?? throw new KeyNotFoundException(name);

    private static HeaderSet Roots(IReadOnlyList<HeaderText> others) => new HeaderSet(new InMemoryHeaders(others), VendoredHeaders.Provider);

    private static DataModel[] Models(string[] names) => (names.Length == 0 ? ["x64"] : names).Select(Model).ToArray();
}
