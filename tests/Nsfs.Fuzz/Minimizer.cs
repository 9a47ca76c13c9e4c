namespace Nsfs.Fuzz;

/// <summary>
/// Shrinks an input while it still shows the same finding (same signature): first without the
/// seed's include roots if it reproduces alone, then by removing ever smaller chunks of lines, then
/// of characters (delta debugging). Bounded by a number of runs, so a slow finding cannot stall it.
/// </summary>
internal static class Minimizer
{
    private const int MaxRuns = 400;

    public static WorkRequest Minimize(WorkerProcess worker, WorkRequest request, string signature, FuzzOptions options)
    {
        var runs = 0;
        bool Reproduces(WorkRequest candidate)
        {
            runs++;
            var result = Campaign.Confirmed(worker, candidate, worker.Run(candidate), options);
            return result.Findings.Any(f => f.Signature == signature);
        }

        var standalone = request with { Seed = -1 };
        var current = Reproduces(standalone) ? standalone : request;
        foreach (var separator in new[] { "\n", string.Empty })
        {
            var parts = Split(current.Text, separator);
            var chunks = 2;
            while (chunks <= parts.Count && runs < MaxRuns)
            {
                var size = (parts.Count + chunks - 1) / chunks;
                var removed = false;
                for (var start = 0; start < parts.Count && runs < MaxRuns; start += size)
                {
                    var candidate = parts.Take(start).Concat(parts.Skip(start + size)).ToList();
                    if (Reproduces(current with { Text = string.Concat(candidate) }))
                    {
                        parts = candidate;
                        removed = true;
                        chunks = Math.Max(chunks - 1, 2);
                        break;
                    }
                }

                if (!removed)
                {
                    if (size == 1)
                    {
                        break;
                    }

                    chunks = Math.Min(chunks * 2, parts.Count);
                }
            }

            current = current with { Text = string.Concat(parts) };
            if (current.Text.Length > 20_000 && separator.Length == 0)
            {
                break;
            }
        }

        return current;
    }

    // Pieces that concatenate back to the text: lines keep their newline; characters are single.
    private static List<string> Split(string text, string separator)
    {
        if (separator.Length == 0)
        {
            return text.Select(c => c.ToString()).ToList();
        }

        var pieces = new List<string>();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf(separator, start, StringComparison.Ordinal);
            end = end < 0 ? text.Length : end + separator.Length;
            pieces.Add(text[start..end]);
            start = end;
        }

        return pieces;
    }
}
