namespace Nsfs.CodeFixes;

/// <summary>
/// What every Nsfs fix shares: the ids it fixes, fixed once per diagnostic and batched by fix-all
/// (each fix rewrites only the node its diagnostic points at, so batched edits never overlap).
/// </summary>
public abstract class NsfsCodeFixProvider : CodeFixProvider
{
    private readonly ImmutableArray<string> _ids;

    /// <summary>Creates a provider for the rules <paramref name="ids"/>.</summary>
    private protected NsfsCodeFixProvider(params string[] ids) => _ids = ImmutableArray.Create(ids);

    /// <inheritdoc />
    public sealed override ImmutableArray<string> FixableDiagnosticIds => _ids;

    /// <inheritdoc />
    public sealed override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;
}
