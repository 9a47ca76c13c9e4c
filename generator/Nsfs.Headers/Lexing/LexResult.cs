namespace Nsfs.Headers.Lexing;

/// <summary>The tokens, comments and lexical errors of one header.</summary>
public sealed record LexResult(IReadOnlyList<Token> Tokens, IReadOnlyList<Comment> Comments, IReadOnlyList<HeaderDiagnostic> Diagnostics);
