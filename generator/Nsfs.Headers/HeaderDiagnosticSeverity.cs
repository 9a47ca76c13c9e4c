namespace Nsfs.Headers;

/// <summary>How serious a header diagnostic is; maps one to one onto Roslyn's severities.</summary>
public enum HeaderDiagnosticSeverity
{
    /// <summary>Informational: nothing is wrong, but something was not generated or changed.</summary>
    Info,
    /// <summary>Something is probably wrong; generation goes on.</summary>
    Warning,
    /// <summary>A definition could not be generated.</summary>
    Error,
}
