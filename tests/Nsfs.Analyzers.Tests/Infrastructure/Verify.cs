using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Nsfs.Analyzers.Tests.Infrastructure;

/// <summary>
/// Runs one analyzer over a test body (wrapped in a class after <see cref="TestProject.Prelude"/>)
/// and compares the diagnostics with the <c>{|NSFS000x:…|}</c> markup; with a fixer, also compares
/// the fixed code, one fix at a time and fix-all.
/// </summary>
internal static class Verify<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static Task AnalyzerAsync(string body, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> { TestCode = Wrap(body) };
        TestProject.Configure(test.TestState);
        test.SolutionTransforms.Add(TestProject.AllowUnsafe);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    public static Task FixAsync<TFixer>(string body, string fixedBody)
        where TFixer : CodeFixProvider, new()
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TFixer, DefaultVerifier>
        {
            TestCode = Wrap(body),
            FixedCode = Wrap(fixedBody),
        };
        TestProject.Configure(test.TestState);
        TestProject.Configure(test.FixedState);
        test.SolutionTransforms.Add(TestProject.AllowUnsafe);
        return test.RunAsync();
    }

    /// <summary>The body becomes members of class C, indented as the formatter would, so fixed code compares exactly.</summary>
    private static string Wrap(string body) =>
        TestProject.Prelude + "unsafe class C\n{\n"
        + string.Join("\n", body.Split('\n').Select(line => line.Length == 0 ? line : "    " + line))
        + "\n}\n";
}
