using System.Globalization;

namespace Nsfs.Headers;

/// <summary>
/// A problem found in a header, as plain data: the generator turns it into a Roslyn diagnostic and
/// the cli into <c>file(line,col): error NSFSxxxx: message</c> text, only at the edge.
/// </summary>
public sealed record HeaderDiagnostic(string Id, HeaderDiagnosticSeverity Severity, string Message, SourceLocation Location)
{
    /// <summary>Creates a diagnostic whose severity is the descriptor's default.</summary>
    public static HeaderDiagnostic Create(DiagnosticId id, SourceLocation location, string message) =>
        new(id.Code, id.DefaultSeverity, message, location);

    /// <summary>Formats the diagnostic like a compiler message: <c>file(line,col): error NSFS1001: message</c>.</summary>
    public override string ToString()
    {
        var severity = Severity switch
        {
            HeaderDiagnosticSeverity.Error => "error",
            HeaderDiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        var where = Location.Line > 0
            ? string.Format(CultureInfo.InvariantCulture, "{0}({1},{2}): ", Location.Path, Location.Line, Location.Column)
            : string.Empty;
        return $"{where}{severity} {Id}: {Message}";
    }
}
