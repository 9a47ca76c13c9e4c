namespace Nsfs.Analyzers.Calls;

/// <summary>What an ioctl's third argument really is, seen through the casts around it.</summary>
internal enum ArgumentShapeKind
{
    /// <summary>Cannot tell (a <c>nint</c> of unknown origin may well hold an address).</summary>
    Unknown,
    /// <summary>An address: <c>&amp;x</c>, a pointer, or a <c>ref</c>/<c>out</c>/<c>in</c> argument.</summary>
    Pointer,
    /// <summary>An integer value.</summary>
    Value,
    /// <summary>The constant 0 (a null pointer, or "no argument").</summary>
    Zero,
}

/// <summary>The shape of an argument and, for pointers, what they point at.</summary>
/// <param name="Kind">What the argument is.</param>
/// <param name="Pointee">The type pointed at, when known (never <c>void</c>).</param>
/// <param name="Addressed">For <c>&amp;x</c>: the operand <c>x</c>.</param>
/// <param name="ByReference">Whether the address comes from a <c>ref</c>/<c>out</c>/<c>in</c> parameter.</param>
internal readonly record struct ArgumentShape(ArgumentShapeKind Kind, ITypeSymbol? Pointee, IOperation? Addressed, bool ByReference)
{
    public static ArgumentShape Of(IArgumentOperation argument)
    {
        if (argument.Parameter is { RefKind: not RefKind.None } parameter)
        {
            return new ArgumentShape(ArgumentShapeKind.Pointer, parameter.Type, null, ByReference: true);
        }

        var value = ValueOrigins.WithoutConversions(argument.Value);
        if (value is IAddressOfOperation address)
        {
            return new ArgumentShape(ArgumentShapeKind.Pointer, address.Reference.Type, address.Reference, ByReference: false);
        }

        if (value.Type is IPointerTypeSymbol pointer)
        {
            return new ArgumentShape(ArgumentShapeKind.Pointer,
                pointer.PointedAtType.SpecialType == SpecialType.System_Void ? null : pointer.PointedAtType, null, ByReference: false);
        }

        if (argument.Value.ConstantValue is { HasValue: true, Value: var constant })
        {
            return new ArgumentShape(IsZero(constant) ? ArgumentShapeKind.Zero : ArgumentShapeKind.Value, null, null, ByReference: false);
        }

        // nint/nuint/IntPtr of unknown origin may hold an address (Marshal.AllocHGlobal, fixed): stay silent.
        return value.Type?.SpecialType is SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64
            or SpecialType.System_UInt64 or SpecialType.System_Int16 or SpecialType.System_UInt16
            ? new ArgumentShape(ArgumentShapeKind.Value, null, null, ByReference: false)
            : default;
    }

    private static bool IsZero(object? constant) => constant switch
    {
        null => true,
        int i => i == 0,
        uint u => u == 0,
        long l => l == 0,
        ulong ul => ul == 0,
        _ => false,
    };
}
