namespace Nsfs.Analyzers.Flow;

/// <summary>
/// Intraprocedural "where can this variable's value come from": every write to a local or field
/// inside the enclosing member body (declarator initialisers, assignments, <c>out</c> arguments).
/// Deliberately flow-insensitive: a rule concludes something about a variable only when every write
/// agrees, so a reassignment in any branch makes it stay silent. Any write the rules cannot read
/// (compound assignment, <c>ref</c> argument, deconstruction, foreach, pattern) gives up.
/// </summary>
internal static class ValueOrigins
{
    /// <summary>The outermost operation of the body <paramref name="operation"/> is in.</summary>
    public static IOperation Root(IOperation operation)
    {
        var current = operation;
        while (current.Parent is not null)
        {
            current = current.Parent;
        }

        return current;
    }

    /// <summary>The local or field a reference names, or null for anything else.</summary>
    public static ISymbol? Variable(IOperation operation) => operation switch
    {
        ILocalReferenceOperation local => local.Local,
        // out int pid: the declaration is a write of that local.
        IDeclarationExpressionOperation declaration => Variable(declaration.Expression),
        IFieldReferenceOperation { Field.IsConst: false } field when field.Instance is null or IInstanceReferenceOperation => field.Field,
        _ => null,
    };

    /// <summary>
    /// The values written to <paramref name="variable"/> in <paramref name="root"/>: an expression, or
    /// the <see cref="IArgumentOperation"/> of an <c>out</c> argument. False when a write cannot be read,
    /// or (for fields) when the body never writes it.
    /// </summary>
    public static bool TryGetWrites(IOperation root, ISymbol variable, out ImmutableArray<IOperation> writes)
    {
        var found = ImmutableArray.CreateBuilder<IOperation>();
        foreach (var operation in root.Descendants())
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, variable):
                    if (declarator.GetVariableInitializer() is { } initializer)
                    {
                        found.Add(initializer.Value);
                    }

                    break;
                case ISimpleAssignmentOperation assignment when Refers(assignment.Target, variable):
                    if (assignment.IsRef)
                    {
                        return Fail(out writes);
                    }

                    found.Add(assignment.Value);
                    break;
                case ICompoundAssignmentOperation compound when Refers(compound.Target, variable):
                case IIncrementOrDecrementOperation step when Refers(step.Target, variable):
                case ICoalesceAssignmentOperation coalesce when Refers(coalesce.Target, variable):
                case IDeconstructionAssignmentOperation deconstruction when Mentions(deconstruction.Target, variable):
                    return Fail(out writes);
                case IArgumentOperation { Parameter.RefKind: RefKind.Out } argument when Refers(argument.Value, variable):
                    found.Add(argument);
                    break;
                case IArgumentOperation { Parameter.RefKind: RefKind.Ref } argument when Refers(argument.Value, variable):
                    return Fail(out writes);
                case IDeclarationPatternOperation pattern when SymbolEqualityComparer.Default.Equals(pattern.DeclaredSymbol, variable):
                    return Fail(out writes);
                case IForEachLoopOperation loop when variable is ILocalSymbol local && System.Linq.Enumerable.Any(loop.Locals, l => SymbolEqualityComparer.Default.Equals(l, local)):
                    return Fail(out writes);
            }
        }

        writes = found.ToImmutable();
        return writes.Length > 0;
    }

    private static bool Fail(out ImmutableArray<IOperation> writes)
    {
        writes = ImmutableArray<IOperation>.Empty;
        return false;
    }

    private static bool Refers(IOperation target, ISymbol variable) =>
        Variable(target) is { } symbol && SymbolEqualityComparer.Default.Equals(symbol, variable);

    private static bool Mentions(IOperation target, ISymbol variable)
    {
        foreach (var operation in target.DescendantsAndSelf())
        {
            if (Refers(operation, variable))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Strips the implicit and explicit conversions around a value.</summary>
    public static IOperation WithoutConversions(IOperation operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    /// <summary>Every read of <paramref name="variable"/> in <paramref name="root"/>.</summary>
    public static IEnumerable<IOperation> Reads(IOperation root, ISymbol variable)
    {
        foreach (var operation in root.Descendants())
        {
            if (operation is not IDeclarationExpressionOperation && Refers(operation, variable) && !IsWriteTarget(operation))
            {
                yield return operation;
            }
        }
    }

    private static bool IsWriteTarget(IOperation reference) => reference.Parent switch
    {
        IDeclarationExpressionOperation => true,
        IAssignmentOperation assignment => assignment.Target == reference,
        IArgumentOperation { Parameter.RefKind: RefKind.Out } => true,
        _ => false,
    };
}
