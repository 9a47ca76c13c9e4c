namespace Nsfs.Analyzers.Rules;

/// <summary>
/// The expression a code fix writes in place of a literal or per-architecture request: the
/// current-process field, cast when the ioctl declaration takes a type a <c>uint</c> does not convert
/// to implicitly (Tmds.LibC's <c>int request</c>). Computed by the analyzer, which has the semantic
/// model, and handed to the fixer as a diagnostic property; names are as short as the file's usings
/// allow at that position.
/// </summary>
internal static class RequestReplacement
{
    public const string Property = "Replacement";

    public static ImmutableDictionary<string, string?> For(IoctlRequestFacts facts, IParameterSymbol? parameter, IOperation at)
    {
        var model = at.SemanticModel!;
        int position = at.Syntax.SpanStart;
        string field = facts.Field.ContainingType.ToMinimalDisplayString(model, position) + "." + facts.Field.Name;
        if (parameter is not null && !model.Compilation.ClassifyCommonConversion(facts.Field.Type, parameter.Type).IsImplicit)
        {
            field = $"unchecked(({parameter.Type.ToMinimalDisplayString(model, position)}){field})";
        }

        return ImmutableDictionary<string, string?>.Empty.Add(Property, field);
    }
}
