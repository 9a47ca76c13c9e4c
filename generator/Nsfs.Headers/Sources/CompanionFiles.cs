namespace Nsfs.Headers.Sources;

/// <summary>
/// The one rule for the files that travel with a header: its facts annotation and its ABI baseline
/// sit next to it, named after it (<c>nsfs.h</c> → <c>nsfs.h.facts</c>, <c>nsfs.h.shipped.txt</c>).
/// The same suffixes name a companion by include name inside a <see cref="HeaderSet"/>. The MSBuild
/// targets (<c>runtime/buildTransitive/Nsfs.targets</c>) spell the suffixes too, as MSBuild cannot call this.
/// </summary>
public static class CompanionFiles
{
    /// <summary>The suffix of a header's facts annotation file.</summary>
    public const string FactsSuffix = ".facts";

    /// <summary>The suffix of a header's ABI baseline file.</summary>
    public const string BaselineSuffix = ".shipped.txt";

    /// <summary>The facts file of <paramref name="header"/> (a path or an include name).</summary>
    public static string FactsOf(string header) => header + FactsSuffix;

    /// <summary>The ABI baseline file of <paramref name="header"/> (a path or an include name).</summary>
    public static string BaselineOf(string header) => header + BaselineSuffix;

    /// <summary>True when <paramref name="path"/> is the companion with <paramref name="suffix"/> of the header at <paramref name="headerPath"/>.</summary>
    public static bool IsCompanion(string path, string headerPath, string suffix) =>
        string.Equals(path, headerPath + suffix, StringComparison.Ordinal);
}
