using Nsfs.Headers.Lexing;
using Nsfs.Headers.Types;

namespace Nsfs.Headers.Evaluation;

/// <summary>
/// Evaluates C integer constant expressions over macro-expanded tokens, with C's types and
/// conversions under one data model: integer promotions, the usual arithmetic conversions,
/// casts, <c>sizeof</c>/<c>_Alignof</c>, <c>?:</c>, and short-circuit operators whose unevaluated
/// side may divide by zero. In preprocessor mode (<c>#if</c>) every value is intmax_t/uintmax_t and
/// a remaining identifier is 0, as C requires.
/// </summary>
public sealed class ExpressionEvaluator
{
    private readonly TypeTable _types;
    private readonly ITypeNames? _typeNames;
    private readonly bool _preprocessor;
    private readonly DataModel _model;
    private TokenCursor _cursor = null!;
    private int _nesting;

    // Operands that are parsed but not evaluated: arithmetic errors there are not errors.
    private int _unevaluated;

    /// <summary>Creates an evaluator.</summary>
    /// <param name="types">Known types and enum constants.</param>
    /// <param name="typeNames">Type-name parsing for casts and sizeof; <see langword="null"/> in preprocessor mode.</param>
    /// <param name="preprocessor">True for <c>#if</c> semantics.</param>
    public ExpressionEvaluator(TypeTable types, ITypeNames? typeNames, bool preprocessor)
    {
        _types = types;
        _typeNames = typeNames;
        _preprocessor = preprocessor;
        _model = types.Model;
    }

    /// <summary>Evaluates the whole cursor as one expression.</summary>
    /// <exception cref="HeaderException">The expression is invalid or uses something unknown.</exception>
    public CValue EvaluateAll(TokenCursor cursor)
    {
        var value = Evaluate(cursor, allowComma: true);
        if (!cursor.AtEnd)
        {
            throw new HeaderException(DiagnosticIds.InvalidExpression, $"Unexpected '{cursor.Peek()!.Text}' in constant expression", cursor.Location);
        }

        return value;
    }

    /// <summary>Evaluates one conditional expression at the cursor and leaves the cursor after it (a following ',' is not consumed).</summary>
    /// <exception cref="HeaderException">The expression is invalid or uses something unknown.</exception>
    public CValue Evaluate(TokenCursor cursor) => Evaluate(cursor, allowComma: false);

    private CValue Evaluate(TokenCursor cursor, bool allowComma)
    {
        var saved = _cursor;
        _cursor = cursor;
        try
        {
            if (cursor.AtEnd)
            {
                throw new HeaderException(DiagnosticIds.InvalidExpression, "Empty constant expression", cursor.Location);
            }

            var value = Conditional();
            while (allowComma && _cursor.Accept(","))
            {
                value = Conditional();
            }

            return value;
        }
        finally
        {
            _cursor = saved;
        }
    }

    private CValue Conditional()
    {
        Enter();
        try
        {
            return ConditionalCore();
        }
        finally
        {
            _nesting--;
        }
    }

    private CValue ConditionalCore()
    {
        var condition = Binary(0);
        if (!_cursor.Accept("?"))
        {
            return condition;
        }

        var whenTrue = Branch(condition.IsTrue, () => Evaluate(_cursor, allowComma: true));
        _cursor.Expect(":");
        var whenFalse = Branch(!condition.IsTrue, Conditional);
        var kind = CommonKind(whenTrue.Kind, whenFalse.Kind);
        return (condition.IsTrue ? whenTrue : whenFalse).ConvertTo(kind, _model);
    }

    private CValue Branch(bool evaluated, Func<CValue> parse)
    {
        if (!evaluated)
        {
            _unevaluated++;
        }

        try
        {
            return parse();
        }
        finally
        {
            if (!evaluated)
            {
                _unevaluated--;
            }
        }
    }

    private void Enter()
    {
        if (++_nesting > HeaderLimits.MaxExpressionNesting)
        {
            _nesting--;
            throw new HeaderException(DiagnosticIds.LimitExceeded, $"Expression nested deeper than {HeaderLimits.MaxExpressionNesting} levels", _cursor.Location);
        }
    }

    private static readonly string[][] Levels =
    {
        new[] { "||" }, new[] { "&&" }, new[] { "|" }, new[] { "^" }, new[] { "&" }, new[] { "==", "!=" },
        new[] { "<", ">", "<=", ">=" }, new[] { "<<", ">>" }, new[] { "+", "-" }, new[] { "*", "/", "%" },
    };

    private CValue Binary(int level)
    {
        if (level == Levels.Length)
        {
            return Unary();
        }

        var left = Binary(level + 1);
        while (_cursor.Peek() is { Kind: TokenKind.Punctuator } op && Array.IndexOf(Levels[level], op.Text) >= 0)
        {
            _cursor.Next();
            if (op.Text == "&&" || op.Text == "||")
            {
                var decided = op.Text == "&&" ? !left.IsTrue : left.IsTrue;
                var right = Branch(!decided, () => Binary(level + 1));
                var result = decided ? op.Text == "||" : right.IsTrue;
                left = Bool(result);
            }
            else
            {
                left = Apply(op, left, Binary(level + 1));
            }
        }

        return left;
    }

    private CValue Unary()
    {
        Enter();
        try
        {
            return UnaryCore();
        }
        finally
        {
            _nesting--;
        }
    }

    private CValue UnaryCore()
    {
        var token = _cursor.Peek() ?? throw new HeaderException(DiagnosticIds.InvalidExpression, "Expression ends too early", _cursor.Location);
        if (token.Kind == TokenKind.Punctuator)
        {
            switch (token.Text)
            {
                case "+":
                    _cursor.Next();
                    return Promote(Unary());
                case "-":
                    _cursor.Next();
                    var negated = Promote(Unary());
                    return new CValue(CValue.Truncate(unchecked(0UL - negated.Raw), _model.SizeOf(negated.Kind)), negated.Kind);
                case "~":
                    _cursor.Next();
                    var inverted = Promote(Unary());
                    return new CValue(CValue.Truncate(~inverted.Raw, _model.SizeOf(inverted.Kind)), inverted.Kind);
                case "!":
                    _cursor.Next();
                    return Bool(!Unary().IsTrue);
                case "(" when !_preprocessor && _typeNames is not null && StartsTypeNameAfterParen():
                    _cursor.Next();
                    var target = _typeNames.ParseTypeName(_cursor);
                    _cursor.Expect(")");
                    var operand = Unary();
                    return target is IntegerType integer ? operand.ConvertTo(integer.Kind, _model)
                        : target is EnumType ? operand.ConvertTo(IntegerKind.Int, _model)
                        : throw new HeaderException(DiagnosticIds.InvalidExpression, $"Cannot cast to '{target.Spelling}' in a constant expression", token.Location);
            }
        }

        if (token.Is("sizeof") || token.Is("_Alignof") || token.Is("__alignof__") || token.Is("alignof"))
        {
            return SizeOrAlign(token);
        }

        return Primary();
    }

    private bool StartsTypeNameAfterParen()
    {
        var saved = _cursor.Index;
        _cursor.Next();
        var starts = _typeNames!.StartsTypeName(_cursor);
        if (!starts && _cursor.Peek() is { Kind: TokenKind.Identifier } name && _cursor.Peek(1)?.Is(")") == true
            && _cursor.Peek(2) is { } following && StartsOperand(following) && !_types.EnumConstants.ContainsKey(name.Text))
        {
            // "(uid_t)-1" with uid_t unknown: a cast to a type nobody declared, not a parenthesised value.
            _cursor.Index = saved;
            throw new HeaderException(DiagnosticIds.UnknownType, $"Unknown type '{name.Text}'", name.Location);
        }

        _cursor.Index = saved;
        return starts;
    }

    private static bool StartsOperand(Token token) =>
        token.Kind is TokenKind.Number or TokenKind.Character or TokenKind.Identifier || token.Is("(") || token.Is("~") || token.Is("!");

    private CValue SizeOrAlign(Token keyword)
    {
        if (_preprocessor)
        {
            throw new HeaderException(DiagnosticIds.InvalidExpression, $"'{keyword.Text}' cannot be used in #if", keyword.Location);
        }

        _cursor.Next();
        var isSize = keyword.Text == "sizeof";
        CType type;
        if (_cursor.At("(") && _typeNames is not null && StartsTypeNameAfterParen())
        {
            _cursor.Next();
            type = _typeNames.ParseTypeName(_cursor);
            _cursor.Expect(")");
        }
        else
        {
            // sizeof of an expression: only its type matters, so it is not evaluated. An undeclared
            // name alone in the parentheses is a type nobody declared (as in _IOR(x, 1, foo_t)), not a
            // value whose size could be guessed.
            if (_cursor.At("(") && _cursor.Peek(1) is { Kind: TokenKind.Identifier } name
                && _cursor.Peek(2)?.Is(")") == true && !_types.EnumConstants.ContainsKey(name.Text))
            {
                throw new HeaderException(DiagnosticIds.UnknownType, $"Unknown type '{name.Text}'", name.Location);
            }

            _unevaluated++;
            try
            {
                type = new IntegerType(Unary().Kind);
            }
            finally
            {
                _unevaluated--;
            }
        }

        var result = isSize ? Layouts.SizeOf(type, _model, keyword.Location) : Layouts.AlignOf(type, _model, keyword.Location);
        return new CValue((ulong)result, _model.SizeType);
    }

    private CValue Primary()
    {
        var token = _cursor.Next();
        switch (token.Kind)
        {
            case TokenKind.Number:
                var number = IntegerLiterals.ParseNumber(token, _model);
                return _preprocessor ? ToIntMax(number) : number;
            case TokenKind.Character:
                var character = IntegerLiterals.ParseCharacter(token, _model);
                return _preprocessor ? ToIntMax(character) : character;
            case TokenKind.Identifier:
                if (_types.EnumConstants.TryGetValue(token.Text, out var constant) && !_preprocessor)
                {
                    return constant;
                }

                if (_preprocessor)
                {
                    // C11 6.10.1p4: identifiers left after macro expansion are 0 in #if. Outside #if an
                    // undeclared name is an error even in a short-circuited operand, as in C.
                    return new CValue(0, IntegerKind.LongLong);
                }

                throw new HeaderException(DiagnosticIds.UnknownIdentifier, $"'{token.Text}' is not defined", token.Location);
            case TokenKind.Punctuator when token.Text == "(":
                var inner = Evaluate(_cursor, allowComma: true);
                _cursor.Expect(")");
                return inner;
            default:
                throw new HeaderException(DiagnosticIds.InvalidExpression, $"'{token.Text}' cannot start a constant expression", token.Location);
        }
    }

    private CValue ToIntMax(CValue value) =>
        value.ConvertTo(_model.IsSigned(value.Kind) ? IntegerKind.LongLong : IntegerKind.UnsignedLongLong, _model);

    private CValue Apply(Token op, CValue left, CValue right)
    {
        if (op.Text is "<<" or ">>")
        {
            return Shift(op, left, right);
        }

        var kind = CommonKind(left.Kind, right.Kind);
        var a = left.ConvertTo(kind, _model);
        var b = right.ConvertTo(kind, _model);
        var signed = _model.IsSigned(kind);
        var size = _model.SizeOf(kind);
        switch (op.Text)
        {
            case "==": return Bool(a.Raw == b.Raw);
            case "!=": return Bool(a.Raw != b.Raw);
            case "<": return Bool(signed ? a.AsSigned(_model) < b.AsSigned(_model) : a.Raw < b.Raw);
            case ">": return Bool(signed ? a.AsSigned(_model) > b.AsSigned(_model) : a.Raw > b.Raw);
            case "<=": return Bool(signed ? a.AsSigned(_model) <= b.AsSigned(_model) : a.Raw <= b.Raw);
            case ">=": return Bool(signed ? a.AsSigned(_model) >= b.AsSigned(_model) : a.Raw >= b.Raw);
            case "|": return new CValue(a.Raw | b.Raw, kind);
            case "^": return new CValue(a.Raw ^ b.Raw, kind);
            case "&": return new CValue(a.Raw & b.Raw, kind);
            case "+": return new CValue(CValue.Truncate(unchecked(a.Raw + b.Raw), size), kind);
            case "-": return new CValue(CValue.Truncate(unchecked(a.Raw - b.Raw), size), kind);
            case "*": return new CValue(CValue.Truncate(unchecked(a.Raw * b.Raw), size), kind);
            default: return Divide(op, a, b);
        }
    }

    // The left operand's promoted type is the result's; a count outside it is an error, as in C.
    private CValue Shift(Token op, CValue left, CValue right)
    {
        var shifted = Promote(left);
        var count = Promote(right);
        var width = _model.SizeOf(shifted.Kind) * 8;
        if (count.IsNegative(_model) || count.Raw >= (ulong)width)
        {
            if (_unevaluated > 0)
            {
                return shifted;
            }

            throw new HeaderException(DiagnosticIds.InvalidExpression, $"Shift count {count.Describe(_model)} is out of range for '{IntegerKinds.Spelling(shifted.Kind)}'", op.Location);
        }

        var n = (int)count.Raw;
        var raw = op.Text == "<<" ? shifted.Raw << n
            : _model.IsSigned(shifted.Kind) ? unchecked((ulong)(shifted.AsSigned(_model) >> n))
            : shifted.Raw >> n;
        return new CValue(CValue.Truncate(raw, _model.SizeOf(shifted.Kind)), shifted.Kind);
    }

    // "/" and "%" on operands already converted to their common type.
    private CValue Divide(Token op, CValue a, CValue b)
    {
        var kind = a.Kind;
        if (b.Raw == 0)
        {
            if (_unevaluated > 0)
            {
                return new CValue(0, kind);
            }

            throw new HeaderException(DiagnosticIds.InvalidExpression, op.Text == "/" ? "Division by zero" : "Remainder by zero", op.Location);
        }

        ulong result;
        if (_model.IsSigned(kind))
        {
            var x = a.AsSigned(_model);
            var y = b.AsSigned(_model);
            result = x == long.MinValue && y == -1 ? (op.Text == "/" ? unchecked((ulong)x) : 0UL)
                : unchecked((ulong)(op.Text == "/" ? x / y : x % y));
        }
        else
        {
            result = op.Text == "/" ? a.Raw / b.Raw : a.Raw % b.Raw;
        }

        return new CValue(CValue.Truncate(result, _model.SizeOf(kind)), kind);
    }

    private CValue Promote(CValue value) =>
        IntegerKinds.Rank(value.Kind) < IntegerKinds.Rank(IntegerKind.Int) ? value.ConvertTo(IntegerKind.Int, _model) : value;

    // The usual arithmetic conversions (C11 6.3.1.8) after integer promotion.
    private IntegerKind CommonKind(IntegerKind left, IntegerKind right)
    {
        left = IntegerKinds.Rank(left) < 3 ? IntegerKind.Int : left;
        right = IntegerKinds.Rank(right) < 3 ? IntegerKind.Int : right;
        if (left == right)
        {
            return left;
        }

        var leftSigned = _model.IsSigned(left);
        var rightSigned = _model.IsSigned(right);
        if (leftSigned == rightSigned)
        {
            return IntegerKinds.Rank(left) >= IntegerKinds.Rank(right) ? left : right;
        }

        var (signedKind, unsignedKind) = leftSigned ? (left, right) : (right, left);
        if (IntegerKinds.Rank(unsignedKind) >= IntegerKinds.Rank(signedKind))
        {
            return unsignedKind;
        }

        return _model.SizeOf(signedKind) > _model.SizeOf(unsignedKind) ? signedKind : IntegerKinds.ToUnsigned(signedKind);
    }

    private static CValue Bool(bool value) => CValue.Int(value ? 1 : 0);
}
