using Nsfs.Headers.Lexing;
using Nsfs.Headers.Types;

namespace Nsfs.Headers.Parsing;

// This part of the parser reads declarators: pointers, the declared name, array dimensions and function parameter lists.
public sealed partial class DeclarationParser
{
    private (CType Type, string? Name, SourceLocation Location) Declarator(TokenCursor cursor, CType type, bool abstractAllowed)
    {
        Enter(cursor);
        try
        {
            type = Pointers(cursor, type);
            if (cursor.At("(") && cursor.Peek(1)?.Is("*") == true)
            {
                return FunctionPointer(cursor, abstractAllowed);
            }

            string? name = null;
            var location = cursor.Location;
            if (cursor.Peek() is { Kind: TokenKind.Identifier } identifier && !identifier.Text.StartsWith("__attribute", StringComparison.Ordinal))
            {
                name = cursor.Next().Text;
            }
            else if (!abstractAllowed)
            {
                throw cursor.Error(cursor.Peek() is { } t ? $"Expected a name but found '{t.Text}'" : "Expected a name");
            }

            return (Suffixes(cursor, type, location), name, location);
        }
        finally
        {
            _nesting--;
        }
    }

    // "* const __user *": each '*' with the qualifiers and attributes after it.
    private CType Pointers(TokenCursor cursor, CType type)
    {
        while (cursor.At("*"))
        {
            type = TypeDepth.Checked(new PointerType(type), cursor.Next().Location);
            while (cursor.Peek() is { Kind: TokenKind.Identifier } q && (SpecifierWords.IsQualifier(q.Text) || SpecifierWords.IsAttribute(q.Text)))
            {
                if (q.Text.StartsWith("__attribute", StringComparison.Ordinal))
                {
                    _attributes.Read(cursor);
                }
                else
                {
                    cursor.Next();
                }
            }
        }

        return type;
    }

    // A pointer to function (or array): "(*name)(...)"; its layout is a pointer's.
    private (CType Type, string? Name, SourceLocation Location) FunctionPointer(TokenCursor cursor, bool abstractAllowed)
    {
        cursor.Next();
        var inner = Declarator(cursor, VoidType.Instance, abstractAllowed);
        cursor.Expect(")");
        if (cursor.At("("))
        {
            TokenSkipping.SkipBalanced(cursor, "(", ")");
        }

        return (new PointerType(VoidType.Instance), inner.Name, inner.Location);
    }

    // Array dimensions and function parameter lists after the name; the first dimension is the outermost.
    private CType Suffixes(TokenCursor cursor, CType type, SourceLocation location)
    {
        var dimensions = new List<long?>();
        while (true)
        {
            if (cursor.Accept("["))
            {
                if (cursor.Accept("]"))
                {
                    dimensions.Add(null);
                    continue;
                }

                dimensions.Add(ArrayLength(cursor, location));
                TypeDepth.Check(type.Depth + dimensions.Count, location);
            }
            else if (cursor.At("("))
            {
                // A function declarator: parameters do not matter for layout.
                TokenSkipping.SkipBalanced(cursor, "(", ")");
                type = new PointerType(VoidType.Instance);
            }
            else
            {
                break;
            }
        }

        for (var i = dimensions.Count - 1; i >= 0; i--)
        {
            type = TypeDepth.Checked(new ArrayType(type, dimensions[i]), location);
        }

        return type;
    }

    // "[N]": the length, evaluated, up to and including the ']'.
    private long ArrayLength(TokenCursor cursor, SourceLocation location)
    {
        var length = _evaluator.Evaluate(cursor);
        if (length.IsNegative(_types.Model))
        {
            throw new HeaderException(DiagnosticIds.InvalidExpression, "Array length is negative", location);
        }

        if (length.Raw > long.MaxValue)
        {
            throw new HeaderException(DiagnosticIds.InvalidExpression, $"Array length {length.Raw} is too large", location);
        }

        cursor.Expect("]");
        return (long)length.Raw;
    }
}
