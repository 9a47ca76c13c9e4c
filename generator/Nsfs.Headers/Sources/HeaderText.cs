namespace Nsfs.Headers.Sources;

/// <summary>A header's text with the name it is included by (<c>linux/nsfs.h</c>) and the path shown in diagnostics.</summary>
public sealed record HeaderText(string IncludeName, string DisplayPath, string Text);
