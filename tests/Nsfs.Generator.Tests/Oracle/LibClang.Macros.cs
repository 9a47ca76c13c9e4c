using System.Runtime.InteropServices;

namespace Nsfs.Generator.Tests.Oracle;

// The entry points ClangOracle.PredefinedMacros needs on top of those in LibClang.cs.
internal static partial class LibClang
{
    public const int EvalStrLiteral = 4;

    [LibraryImport(Library)]
    public static partial nint clang_EvalResult_getAsStr(nint result);

    [LibraryImport(Library)]
    [return: MarshalAs(UnmanagedType.Bool)]
    public static partial bool clang_Cursor_isMacroFunctionLike(CXCursor cursor);
}
