namespace Nsfs.Analyzers.Calls;

/// <summary>
/// The size a C# type occupies as an ioctl buffer, when it is the same on every architecture.
/// Unknown (null) for anything that could be a raw byte buffer or whose layout is not certain, so
/// the size rule only speaks when it can be sure.
/// </summary>
internal static class NativeSize
{
    private const int MaxDepth = 4;

    public static int? Of(ITypeSymbol type) => Of(type, 0, out _);

    private static int? Of(ITypeSymbol type, int depth, out int alignment)
    {
        alignment = 0;
        switch (type.SpecialType)
        {
            case SpecialType.System_Int16:
            case SpecialType.System_UInt16:
            case SpecialType.System_Char:
                return alignment = 2;
            case SpecialType.System_Int32:
            case SpecialType.System_UInt32:
            case SpecialType.System_Single:
                return alignment = 4;
            case SpecialType.System_Int64:
            case SpecialType.System_UInt64:
            case SpecialType.System_Double:
                // Aligned to 8 in a struct except on i386/m68k; as a whole buffer the size is what counts.
                return alignment = 8;
            case SpecialType.System_Byte:
            case SpecialType.System_SByte:
            case SpecialType.System_Boolean:
            case SpecialType.System_IntPtr:
            case SpecialType.System_UIntPtr:
                // Bytes are how callers spell "a raw buffer"; pointer-sized integers differ by architecture.
                return null;
        }

        if (type is INamedTypeSymbol { TypeKind: TypeKind.Enum, EnumUnderlyingType: { } underlying })
        {
            return Of(underlying, depth, out alignment);
        }

        if (type is INamedTypeSymbol { TypeKind: TypeKind.Struct } structure && depth < MaxDepth)
        {
            return OfStruct(structure, depth, out alignment);
        }

        return null;
    }

    /// <summary>Natural C layout of a struct made of fixed-size fields; null for anything else (unions, explicit layouts we cannot see).</summary>
    private static int? OfStruct(INamedTypeSymbol structure, int depth, out int alignment)
    {
        alignment = 1;
        int offset = 0;
        bool any = false;
        foreach (var member in structure.GetMembers())
        {
            if (member is not IFieldSymbol { IsStatic: false } field)
            {
                continue;
            }

            int fieldSize, fieldAlignment;
            if (field.IsFixedSizeBuffer && field.Type is IPointerTypeSymbol element)
            {
                int elementSize = element.PointedAtType.SpecialType is SpecialType.System_Byte or SpecialType.System_SByte
                    ? 1
                    : Of(element.PointedAtType, depth + 1, out _) ?? -1;
                if (elementSize < 0)
                {
                    return null;
                }

                fieldSize = elementSize * field.FixedSize;
                fieldAlignment = elementSize;
            }
            else if (field.Type.SpecialType is SpecialType.System_Byte or SpecialType.System_SByte)
            {
                fieldSize = fieldAlignment = 1;
            }
            else if (Of(field.Type, depth + 1, out fieldAlignment) is { } size)
            {
                fieldSize = size;
            }
            else
            {
                return null;
            }

            offset = Align(offset, fieldAlignment);
            offset += fieldSize;
            alignment = Math.Max(alignment, fieldAlignment);
            any = true;
        }

        return any ? Align(offset, alignment) : null;
    }

    private static int Align(int value, int alignment) => alignment <= 1 ? value : (value + alignment - 1) / alignment * alignment;
}
