using Nsfs.Headers.Lexing;

namespace Nsfs.Headers.Sources;

/// <summary>
/// Which of a group of headers one of them may include, directly or not. The generator gives each
/// marked header only those, so editing a header rebuilds it and the headers that include it and
/// nothing else. Matching follows <see cref="Preprocessing.IncludeResolver"/> loosely enough to be a
/// superset: a quoted name also next to the includer, <c>asm/X</c> as any architecture's
/// <c>X</c> in any layout under <c>arch/</c> or <c>asm-*/</c>, <c>asm-generic/X</c> included.
/// </summary>
public static class IncludeDependencies
{
    // The vendored headers never change while the process runs: read their includes once.
    private static readonly Lazy<IReadOnlyDictionary<string, HeaderIncludes>> Vendored = new(() =>
        VendoredHeaders.IncludeNames.ToDictionary(
            name => name,
            name => Scan(name, "<vendored>/" + name, VendoredHeaders.Provider.Find(name)?.Text ?? string.Empty),
            StringComparer.Ordinal));

    /// <summary>Reads the include directives of one header.</summary>
    public static HeaderIncludes Scan(string includeName, string path, string text)
    {
        var tokens = Lexer.Lex(path, text).Tokens;
        var references = new List<IncludeReference>();
        var computed = false;
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            if (!tokens[i].StartsLine || !tokens[i].Is("#") || tokens[i + 1].StartsLine || !(tokens[i + 1].Is("include") || tokens[i + 1].Is("include_next")))
            {
                continue;
            }

            var first = tokens[i + 2];
            if (first.StartsLine)
            {
                continue; // "#include" alone: the preprocessor reports it
            }

            if (first.Kind == TokenKind.String && first.Text.Length >= 2)
            {
                references.Add(new IncludeReference(InMemoryHeaders.Normalize(first.Text.Substring(1, first.Text.Length - 2)), Quoted: true));
            }
            else if (first.Is("<"))
            {
                var name = string.Concat(tokens.Skip(i + 3).TakeWhile(t => !t.StartsLine && !t.Is(">")).Select(t => t.Text));
                references.Add(new IncludeReference(InMemoryHeaders.Normalize(name), Quoted: false));
            }
            else
            {
                computed = true;
            }
        }

        return new HeaderIncludes(InMemoryHeaders.Normalize(includeName), references.ToEquatableArray(), computed);
    }

    /// <summary>
    /// The include names among <paramref name="headers"/> that <paramref name="includeName"/> may
    /// reach, itself left out, sorted. The walk goes through the vendored headers too (a marked
    /// <c>asm-generic/ioctl.h</c> is reached through the vendored <c>linux/ioctl.h</c>), where a
    /// marked header shadows the vendored one of the same name. Iterative, so include cycles and
    /// depth cost nothing. The <paramref name="preludes"/> (<see cref="HeaderSet.Preludes"/>) are read
    /// before the header, so what they reach counts too.
    /// </summary>
    public static IReadOnlyList<string> Closure(string includeName, IReadOnlyList<HeaderIncludes> headers, IEnumerable<string>? preludes = null)
    {
        var marked = new Dictionary<string, HeaderIncludes>(StringComparer.Ordinal);
        foreach (var header in headers)
        {
            // Headers of different architectures' roots share a name (asm/x.h): each may include something.
            marked[header.IncludeName] = marked.TryGetValue(header.IncludeName, out var same)
                ? same with { References = same.References.Concat(header.References).ToEquatableArray(), HasComputedInclude = same.HasComputedInclude || header.HasComputedInclude }
                : header;
        }

        var names = marked.Keys.Union(Vendored.Value.Keys, StringComparer.Ordinal).ToList();
        var start = InMemoryHeaders.Normalize(includeName);
        var reached = new HashSet<string>(StringComparer.Ordinal) { start };
        var pending = new Stack<string>();
        pending.Push(start);
        foreach (var prelude in (preludes ?? Enumerable.Empty<string>()).Select(InMemoryHeaders.Normalize))
        {
            if (reached.Add(prelude))
            {
                pending.Push(prelude);
            }
        }

        while (pending.Count > 0)
        {
            var name = pending.Pop();
            if (!marked.TryGetValue(name, out var current) && !Vendored.Value.TryGetValue(name, out current))
            {
                continue;
            }

            var targets = current.HasComputedInclude ? names : current.References.SelectMany(r => Candidates(r, current.IncludeName, names));
            foreach (var target in targets)
            {
                if (reached.Add(target))
                {
                    pending.Push(target);
                }
            }
        }

        return reached.Where(n => n != start && marked.ContainsKey(n)).OrderBy(n => n, StringComparer.Ordinal).ToList();
    }

    private static IEnumerable<string> Candidates(IncludeReference reference, string includer, IEnumerable<string> names)
    {
        var slash = includer.LastIndexOf('/');
        var sibling = reference.Quoted && slash >= 0 ? IncludeNames.Lexical(includer.Substring(0, slash + 1) + reference.Name) : null;
        var asm = reference.Name.StartsWith("asm/", StringComparison.Ordinal) ? reference.Name.Substring(3) : null;
        // Every layout IncludeResolver.ArchitectureLayouts knows starts with "arch/" or "asm-", asm-generic included.
        return names.Where(name => name == reference.Name || name == sibling
            || (asm is not null && name.EndsWith(asm, StringComparison.Ordinal)
                && (name.StartsWith("arch/", StringComparison.Ordinal) || name.StartsWith("asm-", StringComparison.Ordinal))));
    }
}
