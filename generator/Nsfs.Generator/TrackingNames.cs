namespace Nsfs.Generator;

/// <summary>Names of the pipeline steps, so tests can assert each one's caching.</summary>
internal static class TrackingNames
{
    public const string Options = nameof(Options);
    public const string Inputs = nameof(Inputs);
    public const string SettingProblems = nameof(SettingProblems);
    public const string Includes = nameof(Includes);
    public const string Jobs = nameof(Jobs);
    public const string Models = nameof(Models);
    public const string Sources = nameof(Sources);
    public const string Diagnostics = nameof(Diagnostics);
}
