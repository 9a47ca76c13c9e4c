using Nsfs.Headers.Evaluation;
using Nsfs.Headers.Lexing;
using Nsfs.Headers.Types;

namespace Nsfs.Headers.Parsing;

/// <summary>
/// <c>#pragma pack(N)</c>, <c>(push[, N])</c>, <c>(pop)</c>, <c>()</c>: the largest member alignment
/// of the structs defined after it, as GCC and clang take it. The preprocessor passes each pragma on
/// in place, led by <see cref="Tokens.PragmaMarker"/>.
/// </summary>
internal sealed class PackPragmas
{
    private readonly ExpressionEvaluator _evaluator;
    private readonly DataModel _model;
    private readonly Stack<int?> _pushed = new();

    public PackPragmas(ExpressionEvaluator evaluator, DataModel model)
    {
        _evaluator = evaluator;
        _model = model;
    }

    /// <summary>The packing in force: the most a member is aligned to, or <see langword="null"/> for none.</summary>
    public int? Current { get; private set; }

    /// <summary>Reads a pack pragma at the cursor; true when the cursor was at one.</summary>
    public bool TryRead(TokenCursor cursor)
    {
        if (cursor.Peek() is not { Kind: TokenKind.Other, Text: Tokens.PragmaMarker })
        {
            return false;
        }

        cursor.Next();
        cursor.Expect("pack");
        cursor.Expect("(");
        if (cursor.Accept("push"))
        {
            _pushed.Push(Current);
            if (cursor.Accept(","))
            {
                Current = Value(cursor);
            }
        }
        else if (cursor.Accept("pop"))
        {
            Current = _pushed.Count > 0 ? _pushed.Pop() : null;
        }
        else
        {
            Current = cursor.At(")") ? null : Value(cursor);
        }

        cursor.Expect(")");
        return true;
    }

    private int Value(TokenCursor cursor)
    {
        var location = cursor.Location;
        var value = _evaluator.Evaluate(cursor);
        if (value.Raw is not (1 or 2 or 4 or 8 or 16))
        {
            throw new HeaderException(DiagnosticIds.InvalidExpression, $"#pragma pack({value.Describe(_model)}): the value must be 1, 2, 4, 8 or 16", location);
        }

        return (int)value.Raw;
    }
}
