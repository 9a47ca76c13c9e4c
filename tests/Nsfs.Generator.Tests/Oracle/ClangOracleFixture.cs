namespace Nsfs.Generator.Tests.Oracle;

/// <summary>One <see cref="ClangOracle"/> (one CXIndex) shared by a test class.</summary>
public sealed class ClangOracleFixture : IDisposable
{
    public ClangOracle Instance { get; } = new();

    public void Dispose() => Instance.Dispose();
}
