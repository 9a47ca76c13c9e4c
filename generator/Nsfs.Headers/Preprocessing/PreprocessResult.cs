using Nsfs.Headers.Lexing;

namespace Nsfs.Headers.Preprocessing;

/// <summary>What preprocessing one header (with its includes) for one architecture produced.</summary>
public sealed class PreprocessResult
{
    /// <summary>The macro table at the end of the primary header.</summary>
    public Dictionary<string, Macro> Macros { get; } = new(System.StringComparer.Ordinal);

    /// <summary>Every <c>#define</c> of the primary header, in order.</summary>
    public List<Macro> PrimaryDefinitions { get; } = new();

    /// <summary>The macro-expanded non-directive tokens of every file, in inclusion order.</summary>
    public List<Token> DeclarationTokens { get; } = new();

    /// <summary>The comments of every file read, by display path.</summary>
    public Dictionary<string, IReadOnlyList<Comment>> Comments { get; } = new(System.StringComparer.Ordinal);

    /// <summary>Includes that were not found.</summary>
    public List<string> MissingIncludes { get; } = new();

    /// <summary>Include names of the headers read, in order (the primary first).</summary>
    public List<string> IncludedHeaders { get; } = new();

    /// <summary>Problems found.</summary>
    public List<HeaderDiagnostic> Diagnostics { get; } = new();
}
