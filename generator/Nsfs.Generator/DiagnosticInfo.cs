using Nsfs.Headers;

namespace Nsfs.Generator;

/// <summary>A header diagnostic with its place resolved to a file span — equatable, no Roslyn Location kept in the pipeline.</summary>
internal sealed record DiagnosticInfo(string Id, string Message, string Path, int Start, int Length, int Line, int Column, int EndLine, int EndColumn);
