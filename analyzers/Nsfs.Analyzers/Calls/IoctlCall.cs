namespace Nsfs.Analyzers.Calls;

/// <summary>
/// An <c>ioctl(fd, request, arg)</c> call the rules can read: a P/Invoke of libc's <c>ioctl</c>
/// (<c>[DllImport]</c>/<c>[LibraryImport]</c>, by name or EntryPoint), Tmds.LibC's <c>LibC.ioctl</c>, or a
/// wrapper named <c>Ioctl…</c> with the same (fd, request, arg) parameters, such as the runtime's
/// own. The request must be a known one: an <c>[IoctlRequest]</c> field, a per-architecture constant,
/// or a constant equal to some architecture's value.
/// </summary>
/// <param name="Invocation">The call.</param>
/// <param name="Fd">The file descriptor argument.</param>
/// <param name="Request">The request argument.</param>
/// <param name="Argument">The third argument, when the method has one.</param>
/// <param name="Facts">The request, as the generator described it.</param>
/// <param name="PinnedArchitecture">The table architecture when the request is a per-architecture constant (<c>LinuxNsfs.X64.…</c>).</param>
internal sealed record IoctlCall(IInvocationOperation Invocation, IArgumentOperation Fd, IArgumentOperation Request, IArgumentOperation? Argument,
    IoctlRequestFacts Facts, string? PinnedArchitecture)
{
    /// <summary>Whether the request is written as an integer literal.</summary>
    public bool RequestIsLiteral => IsLiteral(Request.Value);

    /// <summary>Cheap name test run on every invocation before anything else.</summary>
    public static bool IsIoctlMethod(IMethodSymbol method, NsfsSymbols symbols)
    {
        if (method.Parameters.Length < 2 || !IsInteger(method.Parameters[1].Type))
        {
            return false;
        }

        if (method.Name.StartsWith("ioctl", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (method.GetDllImportData() is { EntryPointName: "ioctl" })
        {
            return true;
        }

        foreach (var attribute in method.GetAttributes())
        {
            if (symbols.LibraryImportAttribute is not null
                && SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, symbols.LibraryImportAttribute))
            {
                foreach (var named in attribute.NamedArguments)
                {
                    if (named.Key == "EntryPoint" && named.Value.Value is "ioctl")
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>Reads <paramref name="invocation"/> as an ioctl call with a known request, or returns null.</summary>
    public static IoctlCall? TryCreate(IInvocationOperation invocation, NsfsSymbols symbols)
    {
        var method = invocation.TargetMethod;
        if (!IsIoctlMethod(method, symbols))
        {
            return null;
        }

        IArgumentOperation? fd = null, request = null, argument = null;
        foreach (var candidate in invocation.Arguments)
        {
            switch (candidate.Parameter?.Ordinal)
            {
                case 0: fd = candidate; break;
                case 1: request = candidate; break;
                case 2: argument = candidate; break;
            }
        }

        if (fd is null || request is null)
        {
            return null;
        }

        var value = ValueOrigins.WithoutConversions(request.Value);
        if (value is IFieldReferenceOperation field
            && symbols.Requests.ForField(field.Field, out string? architecture) is { } byField)
        {
            return new IoctlCall(invocation, fd, request, argument, byField, architecture);
        }

        if (request.Value.ConstantValue is { HasValue: true, Value: var raw }
            && RequestTable.TryNormalize(raw, out uint number)
            && SingleRequest(symbols.Requests.ForValue(number)) is { } byValue)
        {
            return new IoctlCall(invocation, fd, request, argument, byValue, PinnedArchitecture: null);
        }

        return null;
    }

    /// <summary>The request every match names, or null when the value is unknown or ambiguous.</summary>
    private static IoctlRequestFacts? SingleRequest(ImmutableArray<ArchitectureConstant> matches)
    {
        IoctlRequestFacts? single = null;
        foreach (var match in matches)
        {
            if (single is not null && !SymbolEqualityComparer.Default.Equals(single.Field, match.Request.Field))
            {
                return null;
            }

            single = match.Request;
        }

        return single;
    }

    /// <summary>A literal, possibly cast or negated: <c>0xb703</c>, <c>unchecked((int)0x8004b706)</c>.</summary>
    public static bool IsLiteral(IOperation operation)
    {
        operation = ValueOrigins.WithoutConversions(operation);
        while (operation is IUnaryOperation unary)
        {
            operation = ValueOrigins.WithoutConversions(unary.Operand);
        }

        return operation is ILiteralOperation;
    }

    private static bool IsInteger(ITypeSymbol type) => type.SpecialType is SpecialType.System_Int32 or SpecialType.System_UInt32
        or SpecialType.System_Int64 or SpecialType.System_UInt64 or SpecialType.System_IntPtr or SpecialType.System_UIntPtr;
}
