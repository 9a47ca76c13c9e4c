using System.Globalization;
using System.Runtime.InteropServices;

namespace Nsfs.Generator.Tests.Oracle;

public sealed partial class ClangOracle
{
    private const string MacroPrefix = "__oracle_m_";

    /// <summary>
    /// The object-like macros clang predefines for <paramref name="triple"/> (what
    /// <c>clang -target TRIPLE -dM -E</c> lists), each with the spelling of its full expansion
    /// (<c>__BYTE_ORDER__</c> → <c>1234</c>). Function-like built-ins (<c>__INT64_C(c)</c>) are left out:
    /// their expansion needs arguments.
    /// </summary>
    /// <param name="triple">The clang target triple.</param>
    public IReadOnlyDictionary<string, string> PredefinedMacros(string triple)
    {
        ArgumentNullException.ThrowIfNull(triple);
        IReadOnlyList<string> args = ["-x", "c", "-target", triple, "-nostdinc", "-ffreestanding"];
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_index == 0, this);
            var names = BuiltinMacroNames(args);

            // Stringizing through a second macro expands the argument first, so each string holds
            // the full expansion, spelled by clang's own preprocessor.
            var lines = new List<string> { "#define __oracle_str2(x) #x", "#define __oracle_str(x) __oracle_str2(x)" };
            lines.AddRange(names.Select((name, i) =>
                string.Create(CultureInfo.InvariantCulture, $"static const char *const {MacroPrefix}{i} = __oracle_str({name});")));
            var tu = Parse(string.Join('\n', lines) + "\n", args);
            try
            {
                var variables = Named(TopLevelCursors(tu), LibClang.CursorVarDecl, definitionsOnly: false);
                var result = new Dictionary<string, string>(StringComparer.Ordinal);
                for (var i = 0; i < names.Count; i++)
                {
                    result[names[i]] = StringValue(variables[MacroPrefix + i.ToString(CultureInfo.InvariantCulture)]);
                }

                return result;
            }
            finally
            {
                LibClang.clang_disposeTranslationUnit(tu);
            }
        }
    }

    // The macros defined before the first line of the file: the predefines buffer has no file.
    private List<string> BuiltinMacroNames(IReadOnlyList<string> args)
    {
        var tu = Parse("\n", args);
        try
        {
            return TopLevelCursors(tu)
                .Where(c => LibClang.clang_getCursorKind(c) == LibClang.CursorMacroDefinition
                    && LibClang.ExpansionLocation(LibClang.clang_getCursorLocation(c)).File.Length == 0
                    && !LibClang.clang_Cursor_isMacroFunctionLike(c))
                .Select(Spelling)
                .Distinct(StringComparer.Ordinal)
                .ToList();
        }
        finally
        {
            LibClang.clang_disposeTranslationUnit(tu);
        }
    }

    private static string StringValue(CXCursor variable)
    {
        var eval = LibClang.clang_Cursor_Evaluate(variable);
        try
        {
            if (eval == 0 || LibClang.clang_EvalResult_getKind(eval) != LibClang.EvalStrLiteral)
            {
                throw new InvalidOperationException($"clang did not evaluate {Spelling(variable)} to a string.");
            }

            var text = Marshal.PtrToStringUTF8(LibClang.clang_EvalResult_getAsStr(eval)) ?? string.Empty;
            return text;
        }
        finally
        {
            if (eval != 0)
            {
                LibClang.clang_EvalResult_dispose(eval);
            }
        }
    }
}
