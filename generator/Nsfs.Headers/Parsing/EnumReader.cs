using Nsfs.Headers.Evaluation;
using Nsfs.Headers.Lexing;
using Nsfs.Headers.Types;

namespace Nsfs.Headers.Parsing;

/// <summary>Reads <c>enum</c> specifiers: a reference to a tagged enum, or a body of enumerators with their values.</summary>
internal sealed class EnumReader
{
    private readonly TypeTable _types;
    private readonly ExpressionEvaluator _evaluator;
    private readonly AttributeReader _attributes;
    private readonly DocumentationLookup _documentation;

    public EnumReader(TypeTable types, ExpressionEvaluator evaluator, AttributeReader attributes, DocumentationLookup documentation)
    {
        _types = types;
        _evaluator = evaluator;
        _attributes = attributes;
        _documentation = documentation;
    }

    /// <summary>Enums with a body, in declaration order.</summary>
    public List<(EnumType Type, SourceLocation Location, string? Documentation, List<(string Name, CValue Value, SourceLocation Location, string? Documentation)> Members)> Declared { get; } = new();

    /// <summary>
    /// The name of every enumerator of a body that was read, with where its enum starts: those of an
    /// enum whose reading failed too (the one that failed and those after it), so a caller can tell an
    /// enumerator this architecture lacks from one of an enum that failed here.
    /// </summary>
    public List<(string Name, SourceLocation Enum)> EnumeratorNames { get; } = new();

    /// <summary>Reads an enum specifier, from the <c>enum</c> keyword at the cursor.</summary>
    public EnumType Read(TokenCursor cursor)
    {
        var keyword = cursor.Next();
        _attributes.Read(cursor);
        string? tag = null;
        if (cursor.Peek() is { Kind: TokenKind.Identifier } name && !name.Text.StartsWith("__attribute", StringComparison.Ordinal))
        {
            tag = cursor.Next().Text;
        }

        if (!cursor.At("{"))
        {
            if (tag is null)
            {
                throw cursor.Error("Expected a tag or '{' after 'enum'");
            }

            return _types.Enums.TryGetValue(tag, out var existing) ? existing : new EnumType(tag);
        }

        var type = new EnumType(tag);
        if (tag is not null)
        {
            _types.Enums[tag] = type;
        }

        var members = new List<(string, CValue, SourceLocation, string?)>();
        Declared.Add((type, keyword.Location, _documentation.At(keyword.Location), members));
        cursor.Expect("{");
        Enumerators(cursor, type, members, keyword.Location);
        type.IsComplete = true;
        return type;
    }

    private void Enumerators(TokenCursor cursor, EnumType type, List<(string, CValue, SourceLocation, string?)> members, SourceLocation at)
    {
        var next = CValue.Int(0);
        var model = _types.Model;
        var from = cursor.Index;
        try
        {
            while (!cursor.Accept("}"))
            {
                from = cursor.Index;
                var constant = cursor.Next();
                if (constant.Kind != TokenKind.Identifier)
                {
                    throw new HeaderException(DiagnosticIds.SyntaxError, $"Expected an enumerator name but found '{constant.Text}'", constant.Location);
                }

                EnumeratorNames.Add((constant.Text, at));
                var value = EnumeratorValue(cursor.Accept("=") ? _evaluator.Evaluate(cursor) : next);
                type.Constants.Add(new KeyValuePair<string, CValue>(constant.Text, value));
                _types.EnumConstants[constant.Text] = value;
                members.Add((constant.Text, value, constant.Location, _documentation.At(constant.Location)));
                next = new CValue(CValue.Truncate(value.Raw + 1, model.SizeOf(value.Kind)), value.Kind);
                if (!cursor.Accept(","))
                {
                    cursor.Expect("}");
                    break;
                }
            }
        }
        catch (HeaderException)
        {
            NamesAfter(cursor, from, at);
            throw;
        }
    }

    // The names of the enumerators after the one at token index from, up to the end of the body:
    // each follows a comma outside brackets. A ';' ends the walk wherever it is, so it never goes
    // past where the parser's recovery from the failure goes. The cursor is left where it was.
    private void NamesAfter(TokenCursor cursor, int from, SourceLocation at)
    {
        var resume = cursor.Index;
        cursor.Index = from;
        var depth = 0;
        var afterComma = false;
        while (!cursor.AtEnd)
        {
            var token = cursor.Next();
            if (token.Is(";"))
            {
                break;
            }

            if (afterComma && token.Kind == TokenKind.Identifier)
            {
                EnumeratorNames.Add((token.Text, at));
            }

            afterComma = depth == 0 && token.Is(",");
            if (token.Is("(") || token.Is("[") || token.Is("{"))
            {
                depth++;
            }
            else if (token.Is(")") || token.Is("]") || token.Is("}"))
            {
                if (depth-- == 0)
                {
                    break; // the end of the body
                }
            }
        }

        cursor.Index = resume;
    }

    // Enumerators are ints when the value fits (C11 6.7.2.2); GCC keeps wider values' types.
    private CValue EnumeratorValue(CValue value)
    {
        var model = _types.Model;
        var signedValue = value.AsSigned(model);
        var fitsInt = model.IsSigned(value.Kind) ? signedValue >= int.MinValue && signedValue <= int.MaxValue : value.Raw <= int.MaxValue;
        return fitsInt ? value.ConvertTo(IntegerKind.Int, model) : value;
    }
}
