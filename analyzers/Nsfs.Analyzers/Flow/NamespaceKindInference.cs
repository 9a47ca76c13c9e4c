namespace Nsfs.Analyzers.Flow;

/// <summary>
/// The namespace type a handle or descriptor is known to have at compile time: from its static type
/// (<c>UserNamespace</c>), from a <c>NamespaceType</c> constant passed to the API that opened it, from a
/// constant <c>/proc/…/ns/&lt;type&gt;</c> path, through <c>.SafeHandle</c> and friends, and through
/// locals and fields whose every write in the method agrees. Null means "not known", never a guess.
/// </summary>
internal static class NamespaceKindInference
{
    private const int MaxDepth = 6;

    public static string? KindOf(IOperation operation, NsfsSymbols symbols) => KindOf(operation, symbols, 0);

    private static string? KindOf(IOperation operation, NsfsSymbols symbols, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        if (symbols.KindOfType(operation.Type) is { } byType)
        {
            return byType;
        }

        var value = ValueOrigins.WithoutConversions(operation);
        if (!ReferenceEquals(value, operation) && symbols.KindOfType(value.Type) is { } byOperandType)
        {
            return byOperandType;
        }

        switch (value)
        {
            case IInvocationOperation invocation:
                return FromInvocation(invocation, symbols, depth);
            case IObjectCreationOperation creation:
                return FromPathArgument(creation.Arguments);
            case IPropertyReferenceOperation { Instance: { } instance } property when CarriesDescriptor(property.Property.Type, property.Property.Name, symbols):
                return KindOf(instance, symbols, depth + 1);
            case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                var whenTrue = KindOf(conditional.WhenTrue, symbols, depth + 1);
                return whenTrue is not null && whenTrue == KindOf(whenFalse, symbols, depth + 1) ? whenTrue : null;
        }

        if (ValueOrigins.Variable(value) is { } variable
            && ValueOrigins.TryGetWrites(ValueOrigins.Root(value), variable, out var writes))
        {
            string? agreed = null;
            foreach (var write in writes)
            {
                var kind = write is IArgumentOperation ? null : KindOf(write, symbols, depth + 1);
                if (kind is null || (agreed is not null && agreed != kind))
                {
                    return null;
                }

                agreed = kind;
            }

            return agreed;
        }

        return null;
    }

    private static string? FromInvocation(IInvocationOperation invocation, NsfsSymbols symbols, int depth)
    {
        var method = invocation.TargetMethod;

        // handle.SafeHandle.DangerousGetHandle() is still that namespace's descriptor.
        if (method.Name == "DangerousGetHandle" && invocation.Instance is { } handle)
        {
            return KindOf(handle, symbols, depth + 1);
        }

        // NamespaceHandle.Open(pid, NamespaceType.Mount), PidFd.GetNamespace(NamespaceType.User), …
        if (NsfsSymbols.DerivesFrom(method.ReturnType, symbols.NamespaceHandle) && symbols.NamespaceType is not null)
        {
            foreach (var argument in invocation.Arguments)
            {
                if (SymbolEqualityComparer.Default.Equals(argument.Value.Type, symbols.NamespaceType)
                    && argument.Value.ConstantValue is { HasValue: true, Value: int type })
                {
                    return symbols.NamespaceTypeValues.TryGetValue(type, out var kind) ? kind : null;
                }
            }
        }

        // NamespaceHandle.OpenPath("/proc/self/ns/mnt"), open("/proc/1/ns/user", O_RDONLY), File.OpenHandle(…)
        return method.ReturnType.SpecialType == SpecialType.System_Boolean ? null : FromPathArgument(invocation.Arguments);
    }

    private static string? FromPathArgument(System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments)
    {
        foreach (var argument in arguments)
        {
            if (argument.Value.Type?.SpecialType == SpecialType.System_String)
            {
                return argument.Value.ConstantValue is { HasValue: true, Value: string path } ? NamespaceKinds.FromPath(path) : null;
            }
        }

        return null;
    }

    /// <summary>Properties that hand out the same descriptor: <c>SafeHandle</c>, <c>SafeFileHandle</c>, <c>FileDescriptor</c>.</summary>
    private static bool CarriesDescriptor(ITypeSymbol type, string name, NsfsSymbols symbols) =>
        NsfsSymbols.DerivesFrom(type, symbols.SafeHandle)
        || (type.SpecialType is SpecialType.System_Int32 or SpecialType.System_IntPtr && name is "FileDescriptor" or "Handle");
}
