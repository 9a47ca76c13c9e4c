namespace Nsfs.Benchmarks;

/// <summary>The benchmark categories; bench/run's report keys its targets on these names.</summary>
internal static class Categories
{
    public const string Translate = "Translate";
    public const string OpenTranslateDispose = "OpenTranslateDispose";
    public const string ProcStatusFallback = "ProcStatusFallback";
    public const string InitPid = "InitPid";
}
