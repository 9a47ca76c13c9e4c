namespace Nsfs.Generator.Tests.Oracle;

/// <summary>clang could not compile the headers themselves; the message carries its diagnostics.</summary>
public sealed class ClangDiagnosticsException : Exception
{
    public ClangDiagnosticsException()
    {
    }

    public ClangDiagnosticsException(string message)
        : base(message)
    {
    }

    public ClangDiagnosticsException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
