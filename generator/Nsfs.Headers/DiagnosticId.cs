namespace Nsfs.Headers;

/// <summary>One header diagnostic id with its title and default severity.</summary>
public sealed record DiagnosticId(string Code, string Title, HeaderDiagnosticSeverity DefaultSeverity);
