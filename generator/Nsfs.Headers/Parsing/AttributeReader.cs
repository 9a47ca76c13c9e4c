using Nsfs.Headers.Evaluation;
using Nsfs.Headers.Lexing;
using Nsfs.Headers.Types;

namespace Nsfs.Headers.Parsing;

/// <summary>What a run of GNU attributes says about layout.</summary>
/// <param name="Alignment">The <c>aligned</c> attribute's value, if any.</param>
/// <param name="Packed">Whether <c>packed</c> was among them.</param>
internal sealed record AttributeSet(int? Alignment, bool Packed);

/// <summary>Reads <c>__attribute__((aligned(N)))</c> and <c>__attribute__((packed))</c>; other attributes are ignored.</summary>
internal sealed class AttributeReader
{
    private const ulong MaxAlignment = 1UL << 28;

    private readonly ExpressionEvaluator _evaluator;
    private readonly DataModel _model;

    public AttributeReader(ExpressionEvaluator evaluator, DataModel model)
    {
        _evaluator = evaluator;
        _model = model;
    }

    /// <summary>Reads every attribute list at the cursor (none is fine).</summary>
    public AttributeSet Read(TokenCursor cursor)
    {
        int? alignment = null;
        var packed = false;
        while (cursor.Peek() is { } token && (token.Is("__attribute__") || token.Is("__attribute")))
        {
            cursor.Next();
            cursor.Expect("(");
            cursor.Expect("(");
            while (!cursor.Accept(")"))
            {
                var bare = cursor.Next().Text.Trim('_');
                packed |= bare == "packed";
                if (bare == "aligned")
                {
                    alignment = Aligned(cursor);
                }
                else if (cursor.At("("))
                {
                    TokenSkipping.SkipBalanced(cursor, "(", ")");
                }

                cursor.Accept(",");
            }

            cursor.Expect(")");
        }

        return new AttributeSet(alignment, packed);
    }

    // "aligned(N)", or bare "aligned": the target's largest useful alignment.
    private int Aligned(TokenCursor cursor)
    {
        if (!cursor.Accept("("))
        {
            return _model.AlignedAttributeDefault;
        }

        var at = cursor.Location;
        var value = _evaluator.Evaluate(cursor);
        cursor.Expect(")");

        // GCC: "requested alignment is not a positive power of 2", and at most 2^28 bytes.
        if (value.IsNegative(_model) || value.Raw == 0 || value.Raw > MaxAlignment || (value.Raw & (value.Raw - 1)) != 0)
        {
            throw new HeaderException(DiagnosticIds.InvalidExpression,
                $"Requested alignment {value.Describe(_model)} is not a positive power of 2 up to {MaxAlignment}", at);
        }

        return (int)value.Raw;
    }
}
