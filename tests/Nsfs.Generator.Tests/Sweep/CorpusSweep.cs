using System.Collections.Concurrent;
using System.Globalization;
using Nsfs.Generator.Tests.Frontend;
using Nsfs.Headers.Lexing;

namespace Nsfs.Generator.Tests.Sweep;

/// <summary>
/// Every header of an installed uapi tree on one architecture, through Nsfs and through clang, with
/// <c>linux/ioctl.h</c> included first (<c>-include linux/ioctl.h</c>, as C programs have
/// <c>&lt;sys/ioctl.h&gt;</c> first): each request value and each struct's size and member offsets compared.
/// </summary>
public static class CorpusSweep
{
    /// <summary>What both compilers see before each header.</summary>
    public const string Prelude = "linux/ioctl.h";

    /// <summary>Sweeps <paramref name="corpus"/> for <paramref name="arch"/>.</summary>
    /// <param name="corpus">The tree.</param>
    /// <param name="arch">An architecture with a clang triple and an <c>asm/</c> folder in the tree.</param>
    /// <param name="oracle">A clang oracle this sweep has to itself.</param>
    /// <param name="lexed">Tokens per header text, shared by the architectures.</param>
    public static SweepCounts Run(CorpusHeaders corpus, string arch, ClangOracle oracle, ConcurrentDictionary<HeaderText, LexResult> lexed)
    {
        var architecture = OracleArchitectures.Get(arch);
        var triple = architecture.ClangTriple ?? throw new InvalidOperationException($"{arch} has no clang target");
        var model = DataModels.Find(arch) ?? throw new KeyNotFoundException(arch);
        if (!architecture.ClangAlignsInt64LikeLinux)
        {
            // clang's m68k target aligns long long, float, double and long double as on other 32-bit
            // targets, where the Linux m68k ABI aligns everything to 2 (OracleArchitecture explains):
            // Nsfs is compared under clang's alignments, so everything else is still checked.
            model = model with { LongLongAlign = 8, FloatAlign = 4, DoubleAlign = 8, LongDoubleAlign = 8 };
        }

        string[] includeDirectories = [Path.Combine(corpus.Root, "arch", model.KernelArch), Path.Combine(corpus.Root, "include")];
        LexResult Lex(HeaderText header) => lexed.GetOrAdd(header, h => Lexer.Lex(h.DisplayPath, h.Text));

        int headers = 0, rejected = 0, requests = 0, requestsAgree = 0, requestsAbsent = 0, requestsRefused = 0, excluded = 0;
        int structs = 0, structsAgree = 0, structsAbsent = 0;
        var problems = new List<string>();
        var rejections = new List<string>();
        foreach (var (clangName, nsfsName) in Headers(corpus, model))
        {
            headers++;
            var header = corpus.Find(nsfsName)!;
            var scanned = RequestMacroScanner.Requests(header.Text).Order(StringComparer.Ordinal).ToArray();
            OracleResult clang;
            try
            {
                clang = oracle.Evaluate(new OracleQuery(triple, includeDirectories, clangName, scanned, [], [])
                {
                    PreludeIncludes = [Prelude],
                    ToleratesWarnings = true,
                    MeasuresEveryDefinedStruct = true,
                });
            }
            catch (ClangDiagnosticsException error)
            {
                // Excluded by rule: clang itself does not compile the header for this target.
                rejected++;
                rejections.Add($"{clangName}: {FirstError(error.Message)}");
                continue;
            }

            // The same prelude as clang's -include, through the front end's own prelude (nsfs --prelude).
            var nsfs = HeaderEvaluator.Evaluate(header, new HeaderSet([corpus], [Prelude], []), model, Lex);
            // A macro the scanner calls a request may be a plain number on this target (lp.h's
            // LPSETTIMEOUT is LPSETTIMEOUT_OLD where long is 64-bit): Nsfs then has it as a constant.
            var values = nsfs.Requests.Select(r => (r.Name, Value: (ulong)r.Value.Value))
                .Concat(nsfs.Constants.Select(c => (c.Name, Value: c.Value.Raw)))
                .GroupBy(v => v.Name, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
            var defined = clang.DefinedMacros.ToHashSet(StringComparer.Ordinal);
            foreach (var name in scanned.Where(defined.Contains))
            {
                var expected = clang.Constants[name];
                if (!expected.IsEvaluated)
                {
                    excluded++;
                    continue;
                }

                requests++;
                if (!values.TryGetValue(name, out var value))
                {
                    // clang encodes whatever the macros compute; Nsfs refuses, with NSFS1006 at the
                    // request, a field that overflows into its neighbours (sb16_csp.h's 12,306-byte size
                    // in 13 bits on mips and powerpc): a located error, not a silent absence.
                    if (nsfs.Diagnostics.Any(d => d.Id == DiagnosticIds.FieldOutOfRange.Code && d.Message.StartsWith(name + ":", StringComparison.Ordinal)))
                    {
                        requestsRefused++;
                        continue;
                    }

                    requestsAbsent++;
                    problems.Add($"{arch} {clangName} {name}: absent ({Why(nsfs, name)})");
                }
                else if (value == expected.Value)
                {
                    requestsAgree++;
                }
                else
                {
                    problems.Add(Invariant($"{arch} {clangName} {name}: 0x{value:x}, clang 0x{expected.Value:x}"));
                }
            }

            var laidOut = nsfs.Structs.Where(s => !s.Record.IsUnion && s.Record.Tag is not null)
                .GroupBy(s => s.Record.Tag!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
            foreach (var expected in clang.Structs.Values.Where(s => s.Error is null))
            {
                structs++;
                if (!laidOut.TryGetValue(expected.Name, out var actual))
                {
                    structsAbsent++;
                    problems.Add($"{arch} {clangName} struct {expected.Name}: absent ({Why(nsfs, expected.Name)})");
                    continue;
                }

                var offsets = actual.Fields.GroupBy(f => f.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().BitOffset, StringComparer.Ordinal);
                var differences = expected.FieldOffsetBits
                    .Where(f => !offsets.TryGetValue(f.Key, out var bits) || bits != f.Value)
                    .Select(f => Invariant($"{f.Key} at bit {(offsets.TryGetValue(f.Key, out var bits) ? bits : -1)}, clang {f.Value}"))
                    .ToList();
                if (actual.Size != expected.Size)
                {
                    differences.Insert(0, Invariant($"size {actual.Size}, clang {expected.Size}"));
                }

                if (differences.Count == 0)
                {
                    structsAgree++;
                }
                else
                {
                    problems.Add($"{arch} {clangName} struct {expected.Name}: {string.Join("; ", differences)}");
                }
            }
        }

        return new SweepCounts(arch, headers, rejected, requests, requestsAgree, requestsAbsent, requestsRefused, excluded, structs, structsAgree, structsAbsent, problems)
        {
            Rejections = rejections,
        };
    }

    // Every header of include/ (by its include name) and the architecture's own asm/ headers.
    private static IEnumerable<(string Clang, string Nsfs)> Headers(CorpusHeaders corpus, DataModel model)
    {
        var include = Path.Combine(corpus.Root, "include");
        foreach (var file in Directory.EnumerateFiles(include, "*.h", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetRelativePath(include, file).Replace('\\', '/');
            yield return (name, name);
        }

        var asm = Path.Combine(corpus.Root, "arch", model.KernelArch, "asm");
        foreach (var file in Directory.EnumerateFiles(asm, "*.h").Order(StringComparer.Ordinal))
        {
            var name = "asm/" + Path.GetFileName(file);
            yield return (name, $"arch/{model.KernelArch}/{name}");
        }
    }

    // "file:line:col: error: message" of clang's first error, without the location.
    private static string FirstError(string message) =>
        message.Split('\n').FirstOrDefault(line => line.Contains(": error: ", StringComparison.Ordinal)) is { } line
            ? line[(line.IndexOf(": error: ", StringComparison.Ordinal) + 9)..]
            : message.Split('\n')[0];

    // The first diagnostic Nsfs gave that names the definition, else its first error.
    private static string Why(ArchAnalysis analysis, string name) =>
        analysis.Diagnostics.FirstOrDefault(d => d.Message.Contains(name, StringComparison.Ordinal))?.ToString()
        ?? analysis.Diagnostics.FirstOrDefault(d => d.Severity == HeaderDiagnosticSeverity.Error)?.ToString()
        ?? "no diagnostic";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
