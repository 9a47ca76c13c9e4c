using System.Reflection;
using System.Runtime.InteropServices;

namespace Nsfs.Generator.Tests.Oracle;

// The few libclang C entry points the oracle needs, declared by hand (clang-c/Index.h) so the
// tests depend on nothing but the native library from libclang.runtime.linux-x64.

[StructLayout(LayoutKind.Sequential)]
internal struct CXCursor
{
    public int Kind;
    public int XData;
    public nint Data0;
    public nint Data1;
    public nint Data2;
}

[StructLayout(LayoutKind.Sequential)]
internal struct CXType
{
    public int Kind;
    public nint Data0;
    public nint Data1;
}

[StructLayout(LayoutKind.Sequential)]
internal struct CXString
{
    public nint Data;
    public uint PrivateFlags;
}

[StructLayout(LayoutKind.Sequential)]
internal struct CXSourceLocation
{
    public nint Ptr0;
    public nint Ptr1;
    public uint IntData;
}

[StructLayout(LayoutKind.Sequential)]
internal struct CXUnsavedFile
{
    public nint Filename;
    public nint Contents;
    public nuint Length;
}

internal static partial class LibClang
{
    private const string Library = "libclang";

    // Values copied from clang-c/Index.h; only those the oracle reads.
    public const int CursorStructDecl = 2;
    public const int CursorUnionDecl = 3;
    public const int CursorFieldDecl = 6;
    public const int CursorVarDecl = 9;
    public const int CursorMacroDefinition = 501;
    public const int ChildVisitBreak = 0;
    public const int ChildVisitContinue = 1;
    public const int EvalInt = 1;
    public const int EvalStrLiteral = 4;
    public const int SeverityWarning = 2;
    public const int SeverityError = 3;
    public const uint ParseDetailedPreprocessingRecord = 0x01;

    static LibClang()
    {
        // clang_createIndex turns on LLVM's crash recovery unless this variable is set, and that
        // installs process-wide handlers for SIGSEGV and friends. .NET turns a null dereference
        // into a NullReferenceException through the same SIGSEGV, so with those handlers in place
        // any null dereference in the test process (in a test, or in front-end code a test runs)
        // kills the test host with "Illegal instruction" instead of failing one test. Turning it
        // off after clang_createIndex would leave a window in which another thread's fault does
        // that; the oracle's inputs are fixed vendored headers, so clang crashing on one is not
        // worth it. Set natively: libclang reads getenv, which Environment does not reach.
        if (SetNativeEnvironmentVariable("LIBCLANG_DISABLE_CRASH_RECOVERY", "1", 1) != 0)
        {
            throw new InvalidOperationException($"setenv failed: errno {Marshal.GetLastPInvokeError()}.");
        }

        // The host normally finds runtimes/linux-x64/native/libclang.so through the deps.json; the
        // fallback keeps the oracle working when the tests run from a copied output folder.
        NativeLibrary.SetDllImportResolver(typeof(LibClang).Assembly, Resolve);
    }

    private static nint Resolve(string name, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (name != Library)
        {
            return 0;
        }

        if (NativeLibrary.TryLoad(name, assembly, searchPath, out var handle))
        {
            return handle;
        }

        var local = Path.Combine(AppContext.BaseDirectory, "runtimes", "linux-x64", "native", "libclang.so");
        return NativeLibrary.Load(local);
    }

    [LibraryImport("libc", EntryPoint = "setenv", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int SetNativeEnvironmentVariable(string name, string value, int overwrite);

    [LibraryImport(Library)]
    public static partial nint clang_createIndex(int excludeDeclarationsFromPch, int displayDiagnostics);

    [LibraryImport(Library)]
    public static partial void clang_disposeIndex(nint index);

    [LibraryImport(Library)]
    public static unsafe partial int clang_parseTranslationUnit2(
        nint index,
        nint sourceFilename,
        nint* commandLineArgs,
        int numCommandLineArgs,
        CXUnsavedFile* unsavedFiles,
        uint numUnsavedFiles,
        uint options,
        nint* translationUnit);

    [LibraryImport(Library)]
    public static partial void clang_disposeTranslationUnit(nint translationUnit);

    [LibraryImport(Library)]
    public static partial uint clang_getNumDiagnostics(nint translationUnit);

    [LibraryImport(Library)]
    public static partial nint clang_getDiagnostic(nint translationUnit, uint index);

    [LibraryImport(Library)]
    public static partial void clang_disposeDiagnostic(nint diagnostic);

    [LibraryImport(Library)]
    public static partial int clang_getDiagnosticSeverity(nint diagnostic);

    [LibraryImport(Library)]
    public static partial CXSourceLocation clang_getDiagnosticLocation(nint diagnostic);

    [LibraryImport(Library)]
    public static partial uint clang_defaultDiagnosticDisplayOptions();

    [LibraryImport(Library)]
    public static partial CXString clang_formatDiagnostic(nint diagnostic, uint options);

    [LibraryImport(Library)]
    public static unsafe partial void clang_getExpansionLocation(
        CXSourceLocation location, nint* file, uint* line, uint* column, uint* offset);

    [LibraryImport(Library)]
    public static partial CXString clang_getFileName(nint file);

    [LibraryImport(Library)]
    public static partial CXCursor clang_getTranslationUnitCursor(nint translationUnit);

    [LibraryImport(Library)]
    public static unsafe partial uint clang_visitChildren(
        CXCursor parent, delegate* unmanaged<CXCursor, CXCursor, nint, int> visitor, nint clientData);

    [LibraryImport(Library)]
    public static partial int clang_getCursorKind(CXCursor cursor);

    [LibraryImport(Library)]
    public static partial CXString clang_getCursorSpelling(CXCursor cursor);

    [LibraryImport(Library)]
    public static partial CXSourceLocation clang_getCursorLocation(CXCursor cursor);

    [LibraryImport(Library)]
    public static partial uint clang_isCursorDefinition(CXCursor cursor);

    [LibraryImport(Library)]
    public static partial uint clang_Cursor_isAnonymousRecordDecl(CXCursor cursor);

    [LibraryImport(Library)]
    public static partial CXType clang_getCursorType(CXCursor cursor);

    [LibraryImport(Library)]
    public static partial CXType clang_getCanonicalType(CXType type);

    [LibraryImport(Library)]
    public static partial CXString clang_getTypeSpelling(CXType type);

    [LibraryImport(Library)]
    public static partial long clang_Type_getSizeOf(CXType type);

    [LibraryImport(Library)]
    public static partial long clang_Type_getAlignOf(CXType type);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial long clang_Type_getOffsetOf(CXType type, string fieldName);

    [LibraryImport(Library)]
    public static partial nint clang_Cursor_Evaluate(CXCursor cursor);

    [LibraryImport(Library)]
    public static partial int clang_EvalResult_getKind(nint result);

    [LibraryImport(Library)]
    public static partial uint clang_EvalResult_isUnsignedInt(nint result);

    [LibraryImport(Library)]
    public static partial ulong clang_EvalResult_getAsUnsigned(nint result);

    [LibraryImport(Library)]
    public static partial long clang_EvalResult_getAsLongLong(nint result);

    [LibraryImport(Library)]
    public static partial void clang_EvalResult_dispose(nint result);

    [LibraryImport(Library)]
    [return: MarshalAs(UnmanagedType.Bool)]
    public static partial bool clang_Cursor_isMacroFunctionLike(CXCursor cursor);

    [LibraryImport(Library)]
    public static partial nint clang_EvalResult_getAsStr(nint result);

    [LibraryImport(Library)]
    public static partial CXString clang_getClangVersion();

    [LibraryImport(Library)]
    private static partial nint clang_getCString(CXString value);

    [LibraryImport(Library)]
    private static partial void clang_disposeString(CXString value);

    /// <summary>Copies a CXString into managed memory and frees it.</summary>
    public static string Take(CXString value)
    {
        try
        {
            return Marshal.PtrToStringUTF8(clang_getCString(value)) ?? string.Empty;
        }
        finally
        {
            clang_disposeString(value);
        }
    }

    /// <summary>The file, line and column a location expands to (a macro's use, not its definition).</summary>
    public static unsafe (string File, uint Line, uint Column) ExpansionLocation(CXSourceLocation location)
    {
        nint file;
        uint line;
        uint column;
        uint offset;
        clang_getExpansionLocation(location, &file, &line, &column, &offset);
        return (file == 0 ? string.Empty : Take(clang_getFileName(file)), line, column);
    }
}
