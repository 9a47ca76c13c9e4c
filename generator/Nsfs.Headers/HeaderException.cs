namespace Nsfs.Headers;

/// <summary>
/// A located problem that stops processing of one definition. Thrown inside the front end and always
/// caught at the definition boundary, where it becomes a <see cref="HeaderDiagnostic"/>: it never
/// leaves the front end.
/// </summary>
public sealed class HeaderException : System.Exception
{
    /// <summary>Creates the error.</summary>
    public HeaderException(DiagnosticId id, string message, SourceLocation location)
        : base(message)
    {
        Id = id;
        Location = location;
    }

    /// <summary>The diagnostic to report.</summary>
    public DiagnosticId Id { get; }

    /// <summary>Where the problem is.</summary>
    public SourceLocation Location { get; }

    /// <summary>The error as a diagnostic.</summary>
    public HeaderDiagnostic ToDiagnostic() => HeaderDiagnostic.Create(Id, Location, Message);
}
