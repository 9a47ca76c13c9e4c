using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace Nsfs.Generator.Tests.Oracle;

/// <summary>
/// A real C compiler (libclang) answering, for one target, what the headers' constants evaluate to and
/// how their structs are laid out. Each <see cref="Evaluate"/> parses one in-memory translation unit
/// that includes the header and asks everything of it, so a (triple, header version) pair costs one
/// parse; one CXIndex is shared by all of them.
/// </summary>
public sealed partial class ClangOracle : IDisposable
{
    // The translation unit exists only in memory; the name is never looked up on disk.
    private const string SourceName = "/nsfs-oracle/oracle.c";

    // Identifiers the generated code declares; the double underscore keeps them out of any header's way.
    private const string ConstantPrefix = "__oracle_c_";
    private const string TypedefPrefix = "__oracle_t_";
    private const string ProbePrefix = "__oracle_probe_";
    private const int CursorTypedefDecl = 20;

    // A TU can be parsed from any thread, but the oracle is not a bottleneck (a parse takes
    // milliseconds), so one at a time keeps libclang's threading rules out of the picture.
    private readonly Lock _gate = new();
    private nint _index;

    public ClangOracle()
    {
        _index = LibClang.clang_createIndex(0, 0);
        if (_index == 0)
        {
            throw new InvalidOperationException("clang_createIndex failed.");
        }
    }

    /// <summary>The libclang version string, e.g. "clang version 22.1.8".</summary>
    public static string ClangVersion => LibClang.Take(LibClang.clang_getClangVersion());

    /// <summary>The arguments the oracle passes to clang for a query (shown in failure messages).</summary>
    public static IReadOnlyList<string> Arguments(OracleQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var args = new List<string>
        {
            "-x", "c",
            "-target", query.Triple,
            // Nothing from the host: the headers see only the vendored files and the shim.
            "-nostdinc",
            "-ffreestanding",
            // What `make headers_install` compiles with; silences linux/types.h's #warning
            // (see shim/README.md). __KERNEL__ stays undefined, as for any user-space program.
            "-D__EXPORTED_HEADERS__",
            // Report every broken constant, not just the first 20.
            "-ferror-limit=0",
        };
        foreach (var directory in query.IncludeDirectories)
        {
            args.Add("-I");
            args.Add(directory);
        }

        return args;
    }

    /// <summary>Compiles the header for the query's target and measures everything it asks for.</summary>
    /// <exception cref="ClangDiagnosticsException">
    /// The headers (or the probes) produce a warning or error: the message holds clang's diagnostics.
    /// A constant that does not evaluate is not an exception; it is reported in its <see cref="OracleConstant"/>.
    /// </exception>
    public OracleResult Evaluate(OracleQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var headerPath = ResolveHeader(query);
        var (source, constantLines) = GenerateSource(query);
        var args = Arguments(query);

        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_index == 0, this);
            var tu = Parse(source, args);
            try
            {
                var constantErrors = CollectDiagnostics(tu, query, constantLines, source);
                var cursors = TopLevelCursors(tu);
                var definedStructs = DefinedStructs(cursors, headerPath);
                var measured = query.MeasuresEveryDefinedStruct
                    ? query.Structs.Concat(definedStructs.Select(s => s with { Fields = s.Fields.Where(f => f.Length > 0).ToArray() })).ToList()
                    : query.Structs;
                return new OracleResult(
                    query,
                    headerPath,
                    DefinedMacros(cursors, headerPath),
                    definedStructs,
                    ReadConstants(query, cursors, constantErrors),
                    ReadStructs(measured, cursors),
                    ReadProbes(query, cursors));
            }
            finally
            {
                LibClang.clang_disposeTranslationUnit(tu);
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_index != 0)
            {
                LibClang.clang_disposeIndex(_index);
                _index = 0;
            }
        }
    }

    // The file clang will pick for <name>: the first -I directory holding it (there are no system dirs).
    private static string ResolveHeader(OracleQuery query)
    {
        foreach (var directory in query.IncludeDirectories)
        {
            var candidate = Path.GetFullPath(Path.Combine(directory, query.HeaderIncludeName));
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException(
            $"{query.HeaderIncludeName} is in none of: {string.Join(", ", query.IncludeDirectories)}");
    }

    // One declaration per line, so a diagnostic's line says which constant it belongs to.
    private static (string Source, Dictionary<uint, int> ConstantLines) GenerateSource(OracleQuery query)
    {
        var lines = new List<string> { "/* Generated by ClangOracle: evaluates the header's constants and layouts. */" };
        lines.AddRange(query.PreludeIncludes.Select(include => $"#include <{include}>"));
        lines.Add($"#include <{query.HeaderIncludeName}>");
        var constantLines = new Dictionary<uint, int>();
        for (var i = 0; i < query.Constants.Count; i++)
        {
            var name = query.Constants[i];
            // __typeof__ keeps the expression's own C type, so its signedness and width are reported
            // as the header defines them instead of being widened by a cast.
            lines.Add($"static const __typeof__(({name})) {ConstantPrefix}{i} = ({name});");
            constantLines[(uint)lines.Count] = i;
        }

        for (var i = 0; i < query.TypeProbes.Count; i++)
        {
            var type = query.TypeProbes[i];
            lines.Add($"typedef {type} {TypedefPrefix}{i};");
            lines.Add($"struct {ProbePrefix}{i} {{ char c; {TypedefPrefix}{i} m; }};");
        }

        return (string.Join('\n', lines) + "\n", constantLines);
    }

    private unsafe nint Parse(string source, IReadOnlyList<string> args)
    {
        var allocations = new List<nint>();
        nint Utf8(string s)
        {
            var p = Marshal.StringToCoTaskMemUTF8(s);
            allocations.Add(p);
            return p;
        }

        try
        {
            var argv = stackalloc nint[args.Count];
            for (var i = 0; i < args.Count; i++)
            {
                argv[i] = Utf8(args[i]);
            }

            var name = Utf8(SourceName);
            var unsaved = new CXUnsavedFile
            {
                Filename = name,
                Contents = Utf8(source),
                Length = (nuint)Encoding.UTF8.GetByteCount(source),
            };
            nint tu;
            var error = LibClang.clang_parseTranslationUnit2(
                _index, name, argv, args.Count, &unsaved, 1, LibClang.ParseDetailedPreprocessingRecord, &tu);
            if (error != 0 || tu == 0)
            {
                throw new ClangDiagnosticsException(
                    $"clang_parseTranslationUnit2 failed with CXErrorCode {error} for: clang {string.Join(' ', args)}");
            }

            return tu;
        }
        finally
        {
            foreach (var p in allocations)
            {
                Marshal.FreeCoTaskMem(p);
            }
        }
    }

    // Errors on a constant's own line belong to that constant; any other warning or error means the
    // headers themselves (or the setup) are broken, and the whole query fails with clang's text.
    private static Dictionary<int, List<string>> CollectDiagnostics(
        nint tu, OracleQuery query, Dictionary<uint, int> constantLines, string source)
    {
        var perConstant = new Dictionary<int, List<string>>();
        var fatal = new List<string>();
        var options = LibClang.clang_defaultDiagnosticDisplayOptions();
        var count = LibClang.clang_getNumDiagnostics(tu);
        for (uint i = 0; i < count; i++)
        {
            var diagnostic = LibClang.clang_getDiagnostic(tu, i);
            try
            {
                var severity = LibClang.clang_getDiagnosticSeverity(diagnostic);
                if (severity < (query.ToleratesWarnings ? LibClang.SeverityError : LibClang.SeverityWarning))
                {
                    continue;
                }

                var text = LibClang.Take(LibClang.clang_formatDiagnostic(diagnostic, options));
                var (file, line, _) = LibClang.ExpansionLocation(LibClang.clang_getDiagnosticLocation(diagnostic));
                if (severity >= LibClang.SeverityError && file == SourceName
                    && constantLines.TryGetValue(line, out var constant))
                {
                    if (!perConstant.TryGetValue(constant, out var list))
                    {
                        perConstant[constant] = list = [];
                    }

                    list.Add(text);
                }
                else
                {
                    fatal.Add(text);
                }
            }
            finally
            {
                LibClang.clang_disposeDiagnostic(diagnostic);
            }
        }

        if (fatal.Count > 0)
        {
            throw new ClangDiagnosticsException(
                $"clang ({query.Triple}) rejected {query.HeaderIncludeName}:\n{string.Join('\n', fatal)}\n" +
                $"-- command: clang {string.Join(' ', Arguments(query))}\n-- translation unit:\n{source}");
        }

        return perConstant;
    }

    private static List<CXCursor> TopLevelCursors(nint tu) => Children(LibClang.clang_getTranslationUnitCursor(tu));

    private static unsafe List<CXCursor> Children(CXCursor parent)
    {
        var cursors = new List<CXCursor>();
        var handle = GCHandle.Alloc(cursors);
        try
        {
            // Non-zero means the visit stopped early, which CollectChild never asks for.
            if (LibClang.clang_visitChildren(parent, &CollectChild, GCHandle.ToIntPtr(handle)) != 0)
            {
                throw new InvalidOperationException("clang_visitChildren stopped early.");
            }
        }
        finally
        {
            handle.Free();
        }

        return cursors;
    }

    [UnmanagedCallersOnly]
    private static int CollectChild(CXCursor cursor, CXCursor parent, nint clientData)
    {
        ((List<CXCursor>)GCHandle.FromIntPtr(clientData).Target!).Add(cursor);
        return LibClang.ChildVisitContinue;
    }

    private static string Spelling(CXCursor cursor) => LibClang.Take(LibClang.clang_getCursorSpelling(cursor));

    private static bool IsIn(CXCursor cursor, string path)
    {
        var file = LibClang.ExpansionLocation(LibClang.clang_getCursorLocation(cursor)).File;
        return file.Length > 0 && Path.GetFullPath(file) == path;
    }

    private static List<string> DefinedMacros(List<CXCursor> cursors, string headerPath) =>
        cursors
            .Where(c => LibClang.clang_getCursorKind(c) == LibClang.CursorMacroDefinition && IsIn(c, headerPath))
            .Select(Spelling)
            .ToList();

    private static List<OracleStructQuery> DefinedStructs(List<CXCursor> cursors, string headerPath) =>
        cursors
            .Where(c => LibClang.clang_getCursorKind(c) == LibClang.CursorStructDecl
                && LibClang.clang_isCursorDefinition(c) != 0
                && IsTagged(c)
                && IsIn(c, headerPath))
            .Select(c => new OracleStructQuery(Spelling(c), FieldNames(c)))
            .Where(s => s.Name.Length > 0)
            .ToList();

    // "typedef struct { … } name;" is listed under the typedef's name, but it has no tag to look up.
    private static bool IsTagged(CXCursor record) =>
        LibClang.Take(LibClang.clang_getTypeSpelling(LibClang.clang_getCursorType(record))) == "struct " + Spelling(record);

    // An anonymous struct or union member shows up as its record declaration (the unnamed field
    // itself is implicit), and its members are named as if they were the outer struct's own.
    private static List<string> FieldNames(CXCursor record)
    {
        var names = new List<string>();
        foreach (var child in Children(record))
        {
            var kind = LibClang.clang_getCursorKind(child);
            if (kind == LibClang.CursorFieldDecl)
            {
                names.Add(Spelling(child));
            }
            else if (kind is LibClang.CursorStructDecl or LibClang.CursorUnionDecl
                && LibClang.clang_Cursor_isAnonymousRecordDecl(child) != 0)
            {
                names.AddRange(FieldNames(child));
            }
        }

        return names;
    }

    private static Dictionary<string, CXCursor> Named(List<CXCursor> cursors, int kind, bool definitionsOnly) =>
        cursors
            .Where(c => LibClang.clang_getCursorKind(c) == kind)
            .Where(c => !definitionsOnly || LibClang.clang_isCursorDefinition(c) != 0)
            .GroupBy(Spelling)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    private static Dictionary<string, OracleConstant> ReadConstants(
        OracleQuery query, List<CXCursor> cursors, Dictionary<int, List<string>> errors)
    {
        var variables = Named(cursors, LibClang.CursorVarDecl, definitionsOnly: false);
        var result = new Dictionary<string, OracleConstant>(StringComparer.Ordinal);
        for (var i = 0; i < query.Constants.Count; i++)
        {
            var name = query.Constants[i];
            if (errors.TryGetValue(i, out var messages))
            {
                result[name] = new OracleConstant(name, string.Join('\n', messages), 0, false, string.Empty, 0);
                continue;
            }

            if (!variables.TryGetValue(ConstantPrefix + i.ToString(CultureInfo.InvariantCulture), out var variable))
            {
                result[name] = new OracleConstant(name, "clang produced no declaration", 0, false, string.Empty, 0);
                continue;
            }

            var type = LibClang.clang_getCanonicalType(LibClang.clang_getCursorType(variable));
            var typeSpelling = LibClang.Take(LibClang.clang_getTypeSpelling(type)).Replace("const ", string.Empty, StringComparison.Ordinal);
            var typeSize = LibClang.clang_Type_getSizeOf(type);
            var eval = LibClang.clang_Cursor_Evaluate(variable);
            try
            {
                var kind = eval == 0 ? 0 : LibClang.clang_EvalResult_getKind(eval);
                if (kind != LibClang.EvalInt)
                {
                    result[name] = new OracleConstant(
                        name, $"not an integer constant expression (CXEvalResultKind {kind})", 0, false, typeSpelling, typeSize);
                    continue;
                }

                var isUnsigned = LibClang.clang_EvalResult_isUnsignedInt(eval) != 0;
                var bits = isUnsigned
                    ? LibClang.clang_EvalResult_getAsUnsigned(eval)
                    : unchecked((ulong)LibClang.clang_EvalResult_getAsLongLong(eval));
                result[name] = new OracleConstant(name, null, bits, isUnsigned, typeSpelling, typeSize);
            }
            finally
            {
                if (eval != 0)
                {
                    LibClang.clang_EvalResult_dispose(eval);
                }
            }
        }

        return result;
    }

    private static Dictionary<string, OracleStructLayout> ReadStructs(IReadOnlyList<OracleStructQuery> requests, List<CXCursor> cursors)
    {
        var structs = Named(cursors, LibClang.CursorStructDecl, definitionsOnly: true);
        var result = new Dictionary<string, OracleStructLayout>(StringComparer.Ordinal);
        foreach (var request in requests)
        {
            if (!structs.TryGetValue(request.Name, out var decl))
            {
                result[request.Name] = new OracleStructLayout(
                    request.Name, $"struct {request.Name} is not defined", 0, 0,
                    new Dictionary<string, long>(), request.Fields);
                continue;
            }

            var type = LibClang.clang_getCursorType(decl);
            var offsets = new Dictionary<string, long>(StringComparer.Ordinal);
            var missing = new List<string>();
            foreach (var field in request.Fields)
            {
                // clang looks the name up in the record including members of anonymous structs
                // (IndirectFieldDecl), so flattened members are found on the outer type.
                var bits = LibClang.clang_Type_getOffsetOf(type, field);
                if (bits >= 0)
                {
                    offsets[field] = bits;
                }
                else
                {
                    missing.Add(field);
                }
            }

            result[request.Name] = new OracleStructLayout(
                request.Name, null, LibClang.clang_Type_getSizeOf(type), LibClang.clang_Type_getAlignOf(type), offsets, missing);
        }

        return result;
    }

    private static Dictionary<string, OracleTypeProbe> ReadProbes(OracleQuery query, List<CXCursor> cursors)
    {
        var typedefs = Named(cursors, CursorTypedefDecl, definitionsOnly: false);
        var probes = Named(cursors, LibClang.CursorStructDecl, definitionsOnly: true);
        var result = new Dictionary<string, OracleTypeProbe>(StringComparer.Ordinal);
        for (var i = 0; i < query.TypeProbes.Count; i++)
        {
            var suffix = i.ToString(CultureInfo.InvariantCulture);
            var type = LibClang.clang_getCursorType(typedefs[TypedefPrefix + suffix]);
            var probe = LibClang.clang_getCursorType(probes[ProbePrefix + suffix]);
            result[query.TypeProbes[i]] = new OracleTypeProbe(
                query.TypeProbes[i],
                LibClang.clang_Type_getSizeOf(type),
                LibClang.clang_Type_getAlignOf(type),
                LibClang.clang_Type_getOffsetOf(probe, "m") / 8);
        }

        return result;
    }
}
