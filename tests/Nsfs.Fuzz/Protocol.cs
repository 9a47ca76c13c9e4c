namespace Nsfs.Fuzz;

/// <summary>What the campaign asks a worker to run: a text in place of a seed's header (or, with seed -1, alone with the vendored headers).</summary>
internal sealed record WorkRequest(int Seed, string Text);

/// <summary>One problem an input showed.</summary>
/// <param name="Kind">crash, timeout, slow, over-memory, exception, nsfs1999 or unlocated.</param>
/// <param name="Signature">What makes two findings the same (kind, exception type, diagnostic id; no positions or numbers).</param>
/// <param name="Detail">The full message, for the report.</param>
internal sealed record Finding(string Kind, string Signature, string Detail);

/// <summary>What a worker answers.</summary>
/// <param name="CpuMilliseconds">The CPU time the front end took for all architectures (0 when the worker never answered).</param>
/// <param name="AllocatedBytes">What the front end allocated, in total.</param>
/// <param name="Diagnostics">How many diagnostics the model carries.</param>
/// <param name="Findings">What was wrong.</param>
internal sealed record WorkResult(double CpuMilliseconds, long AllocatedBytes, int Diagnostics, IReadOnlyList<Finding> Findings);
