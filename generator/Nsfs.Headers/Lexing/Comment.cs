namespace Nsfs.Headers.Lexing;

/// <summary>A comment with the lines it spans; used to document the definitions it stands next to.</summary>
public sealed record Comment(string Text, int StartLine, int EndLine, int Column);
