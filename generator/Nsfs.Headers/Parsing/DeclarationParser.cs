using System;
using System.Collections.Generic;
using Nsfs.Headers.Evaluation;
using Nsfs.Headers.Lexing;
using Nsfs.Headers.Types;

namespace Nsfs.Headers.Parsing;

/// <summary>
/// Reads the declarations uapi headers contain — structs and unions (nested, anonymous, arrays,
/// <c>aligned</c>/<c>packed</c> attributes), enums with explicit values, typedefs — into a
/// <see cref="TypeTable"/>. Anything else (prototypes, inline functions) is skipped. An error
/// inside one declaration is reported and the parser resumes after it.
/// </summary>
public sealed class DeclarationParser : ITypeNames
{
    /// <summary>The deepest nesting of structs, declarators or parentheses.</summary>
    public const int MaxNesting = HeaderLimits.MaxDeclarationNesting;

    private static readonly HashSet<string> Qualifiers = new(StringComparer.Ordinal)
    {
        "const", "volatile", "restrict", "__restrict", "__restrict__", "__const", "__volatile__", "static", "extern",
        "inline", "__inline", "__inline__", "register", "auto", "__extension__", "_Noreturn", "__user", "__force",
        "__iomem", "__bitwise", "__bitwise__", "__rcu", "__kernel", "__nocast", "__safe",
    };

    private static readonly HashSet<string> IntegerWords = new(StringComparer.Ordinal)
    {
        "signed", "__signed__", "__signed", "unsigned", "char", "short", "int", "long", "_Bool", "__int128",
    };

    private readonly TypeTable _types;
    private readonly ExpressionEvaluator _evaluator;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<Comment>> _comments;
    private readonly List<HeaderDiagnostic> _diagnostics = new();
    private readonly WorkBudget _work;
    private readonly List<RecordType> _open = new();
    private readonly Stack<int?> _packs = new();
    private int? _pack;
    private int _nesting;

    /// <summary>Creates a parser that declares into <paramref name="types"/>.</summary>
    /// <param name="types">Where declarations go.</param>
    /// <param name="comments">The comments of each header by display path, for documentation.</param>
    /// <param name="work">The header's work budget; a budget of its own when <see langword="null"/>.</param>
    public DeclarationParser(TypeTable types, IReadOnlyDictionary<string, IReadOnlyList<Comment>> comments, WorkBudget? work = null)
    {
        _types = types;
        _comments = comments;
        _work = work ?? new WorkBudget();
        _evaluator = new ExpressionEvaluator(types, this, preprocessor: false);
    }

    /// <summary>Records (struct/union) in declaration order, with the diagnostic that stopped each failed one.</summary>
    public List<RecordType> DeclaredRecords { get; } = new();

    /// <summary>Enums in declaration order.</summary>
    public List<(EnumType Type, SourceLocation Location, string? Documentation, List<(string Name, CValue Value, SourceLocation Location, string? Documentation)> Members)> DeclaredEnums { get; } = new();

    /// <summary>Records whose declaration failed, with why.</summary>
    public Dictionary<RecordType, HeaderDiagnostic> FailedRecords { get; } = new();

    /// <summary>Problems found.</summary>
    public IReadOnlyList<HeaderDiagnostic> Diagnostics => _diagnostics;

    /// <summary>Parses every top-level declaration in <paramref name="tokens"/>.</summary>
    public void ParseAll(IReadOnlyList<Token> tokens)
    {
        var cursor = new TokenCursor(tokens, tokens.Count > 0 ? tokens[tokens.Count - 1].Location : SourceLocation.None);
        while (!cursor.AtEnd && !_work.IsExhausted)
        {
            var start = cursor.Index;
            try
            {
                TopLevel(cursor);
                _work.Spend(cursor.Index - start, cursor.Location);
            }
            catch (HeaderException error)
            {
                _diagnostics.Add(error.ToDiagnostic());
                if (!_work.ChargeError(error.Location) && !ReferenceEquals(error, _work.Exhausted))
                {
                    _diagnostics.Add(_work.Exhausted!.ToDiagnostic());
                }

                cursor.Index = Math.Max(start + 1, cursor.Index);
                SkipDeclaration(cursor);
            }
        }
    }

    /// <inheritdoc />
    public bool StartsTypeName(TokenCursor cursor)
    {
        var token = cursor.Peek();
        if (token is null || token.Kind != TokenKind.Identifier)
        {
            return false;
        }

        return IntegerWords.Contains(token.Text) || Qualifiers.Contains(token.Text) || token.Text is "struct" or "union" or "enum" or "void"
            or "float" or "double" or "__int128_t" or "__uint128_t" or "__attribute__" or "__attribute" || _types.IsTypedef(token.Text);
    }

    /// <inheritdoc />
    public CType ParseTypeName(TokenCursor cursor)
    {
        var specifiers = Specifiers(cursor, allowBodies: false);
        var (type, _, _) = Declarator(cursor, specifiers.Type, abstractAllowed: true);
        return type;
    }

    private void TopLevel(TokenCursor cursor)
    {
        if (cursor.Accept(";") || PragmaPack(cursor))
        {
            return;
        }

        // "typedef" starts a declaration but not a type name, so it is checked on its own.
        if (!StartsTypeName(cursor) && !cursor.At("typedef"))
        {
            SkipDeclaration(cursor);
            return;
        }

        var specifiers = Specifiers(cursor, allowBodies: true);
        if (cursor.Accept(";"))
        {
            return;
        }

        while (true)
        {
            var (type, name, location) = Declarator(cursor, specifiers.Type, abstractAllowed: false);
            if (cursor.At("{"))
            {
                // A function definition: skip its body.
                SkipBalanced(cursor, "{", "}");
                return;
            }

            if (cursor.Accept("="))
            {
                SkipInitializer(cursor);
            }

            // Attributes after the declarator belong to it: a typedef's alignment, set either here or
            // among the specifiers, replaces its type's alignment (and may lower it).
            var trailing = Attributes(cursor);
            if (specifiers.IsTypedef && name is not null)
            {
                _types.DeclareTypedef(name, (trailing.Alignment ?? specifiers.Alignment) is { } aligned ? AlignedType.Apply(type, aligned, name) : type);
            }

            if (cursor.Accept(","))
            {
                continue;
            }

            _ = location;
            cursor.Expect(";");
            return;
        }
    }

    private sealed record Specified(CType Type, bool IsTypedef, int? Alignment);

    private Specified Specifiers(TokenCursor cursor, bool allowBodies)
    {
        var integerWords = new List<Token>();
        Token? floating = null;
        CType? type = null;
        var isTypedef = false;
        int? alignment = null;
        var start = cursor.Location;
        while (cursor.Peek() is { Kind: TokenKind.Identifier } token)
        {
            if (token.Text == "typedef")
            {
                isTypedef = true;
                cursor.Next();
            }
            else if (Qualifiers.Contains(token.Text))
            {
                cursor.Next();
            }
            else if (token.Text is "__attribute__" or "__attribute")
            {
                var attributes = Attributes(cursor);
                alignment = attributes.Alignment ?? alignment;
            }
            else if (IntegerWords.Contains(token.Text))
            {
                integerWords.Add(cursor.Next());
            }
            else if (token.Text is "struct" or "union")
            {
                type = Record(cursor, allowBodies);
            }
            else if (token.Text == "enum")
            {
                type = Enum(cursor, allowBodies);
            }
            else if (token.Text == "void")
            {
                cursor.Next();
                type = VoidType.Instance;
            }
            else if (token.Text is "float" or "double")
            {
                floating = floating is null ? cursor.Next()
                    : throw new HeaderException(DiagnosticIds.SyntaxError, $"Invalid type specifiers with '{token.Text}'", token.Location);
            }
            else if (token.Text is "__int128_t" or "__uint128_t" && type is null && integerWords.Count == 0)
            {
                // Built-in typedef names of the compilers that have __int128.
                cursor.Next();
                type = token.Text == "__int128_t" ? Int128Type.Signed : Int128Type.Unsigned;
            }
            else if (type is null && integerWords.Count == 0 && _types.TryGetTypedef(token.Text, out var typedef))
            {
                cursor.Next();
                type = typedef;
            }
            else
            {
                break;
            }
        }

        if (floating is not null)
        {
            type = FloatingTypeOf(floating, integerWords, type);
        }
        else if (integerWords.Count > 0)
        {
            if (type is not null)
            {
                throw new HeaderException(DiagnosticIds.SyntaxError, "Two types in one declaration", integerWords[0].Location);
            }

            type = integerWords.Exists(w => w.Text == "__int128") ? Int128TypeOf(integerWords) : new IntegerType(IntegerKindOf(integerWords));
        }

        if (type is null)
        {
            var at = cursor.Peek();
            throw at is { Kind: TokenKind.Identifier }
                ? new HeaderException(DiagnosticIds.UnknownType, $"Unknown type '{at.Text}'", at.Location)
                : new HeaderException(DiagnosticIds.SyntaxError, "Expected a type", start);
        }

        return new Specified(type, isTypedef, alignment);
    }

    // float, double and long double; "long" is the only other word that may go with one.
    private static FloatingType FloatingTypeOf(Token word, List<Token> integerWords, CType? other)
    {
        if (other is not null || integerWords.Count > 1 || (integerWords.Count == 1 && !(integerWords[0].Text == "long" && word.Text == "double")))
        {
            throw new HeaderException(DiagnosticIds.SyntaxError, $"Invalid type specifiers with '{word.Text}'", word.Location);
        }

        return word.Text == "float" ? FloatingType.Float : integerWords.Count == 1 ? FloatingType.LongDouble : FloatingType.Double;
    }

    private static Int128Type Int128TypeOf(List<Token> words)
    {
        var isUnsigned = words.Exists(w => w.Text == "unsigned");
        if (words.Exists(w => w.Text is not ("__int128" or "signed" or "__signed__" or "__signed" or "unsigned")) || words.FindAll(w => w.Text == "__int128").Count > 1)
        {
            throw new HeaderException(DiagnosticIds.SyntaxError, "Invalid type specifiers with '__int128'", words[0].Location);
        }

        return isUnsigned ? Int128Type.Unsigned : Int128Type.Signed;
    }

    private static IntegerKind IntegerKindOf(List<Token> words)
    {
        int Count(string text) => words.FindAll(w => w.Text == text).Count;
        var isUnsigned = Count("unsigned") > 0;
        var isSigned = Count("signed") + Count("__signed__") + Count("__signed") > 0;
        var longs = Count("long");
        if (isUnsigned && isSigned)
        {
            throw new HeaderException(DiagnosticIds.SyntaxError, "Both 'signed' and 'unsigned'", words[0].Location);
        }

        if (Count("_Bool") > 0)
        {
            return IntegerKind.Bool;
        }

        if (Count("char") > 0)
        {
            return isUnsigned ? IntegerKind.UnsignedChar : isSigned ? IntegerKind.SignedChar : IntegerKind.Char;
        }

        if (Count("short") > 0)
        {
            return isUnsigned ? IntegerKind.UnsignedShort : IntegerKind.Short;
        }

        return longs switch
        {
            0 => isUnsigned ? IntegerKind.UnsignedInt : IntegerKind.Int,
            1 => isUnsigned ? IntegerKind.UnsignedLong : IntegerKind.Long,
            2 => isUnsigned ? IntegerKind.UnsignedLongLong : IntegerKind.LongLong,
            _ => throw new HeaderException(DiagnosticIds.SyntaxError, "'long long long' is too long", words[0].Location),
        };
    }

    private (CType Type, string? Name, SourceLocation Location) Declarator(TokenCursor cursor, CType type, bool abstractAllowed)
    {
        Enter(cursor);
        try
        {
            while (cursor.At("*"))
            {
                type = Deeper(new PointerType(type), cursor.Next().Location);
                while (cursor.Peek() is { Kind: TokenKind.Identifier } q && (Qualifiers.Contains(q.Text) || q.Text is "__attribute__" or "__attribute"))
                {
                    if (q.Text.StartsWith("__attribute", StringComparison.Ordinal))
                    {
                        Attributes(cursor);
                    }
                    else
                    {
                        cursor.Next();
                    }
                }
            }

            string? name = null;
            var location = cursor.Location;
            if (cursor.At("(") && cursor.Peek(1)?.Is("*") == true)
            {
                // A pointer to function (or array): "(*name)(...)"; its layout is a pointer's.
                cursor.Next();
                var inner = Declarator(cursor, VoidType.Instance, abstractAllowed);
                cursor.Expect(")");
                name = inner.Name;
                location = inner.Location;
                if (cursor.At("("))
                {
                    SkipBalanced(cursor, "(", ")");
                }

                return (new PointerType(VoidType.Instance), name, location);
            }

            if (cursor.Peek() is { Kind: TokenKind.Identifier } identifier && !identifier.Text.StartsWith("__attribute", StringComparison.Ordinal))
            {
                name = cursor.Next().Text;
            }
            else if (!abstractAllowed)
            {
                throw cursor.Error(cursor.Peek() is { } t ? $"Expected a name but found '{t.Text}'" : "Expected a name");
            }

            var dimensions = new List<long?>();
            while (true)
            {
                if (cursor.At("["))
                {
                    cursor.Next();
                    if (cursor.Accept("]"))
                    {
                        dimensions.Add(null);
                        continue;
                    }

                    var length = _evaluator.Evaluate(cursor);
                    if (length.IsNegative(_types.Model))
                    {
                        throw new HeaderException(DiagnosticIds.InvalidExpression, "Array length is negative", location);
                    }

                    if (length.Raw > long.MaxValue)
                    {
                        throw new HeaderException(DiagnosticIds.InvalidExpression, $"Array length {length.Raw} is too large", location);
                    }

                    dimensions.Add((long)length.Raw);
                    cursor.Expect("]");
                    CheckDepth(type.Depth + dimensions.Count, location);
                }
                else if (cursor.At("("))
                {
                    // A function declarator: parameters do not matter for layout.
                    SkipBalanced(cursor, "(", ")");
                    type = new PointerType(VoidType.Instance);
                }
                else
                {
                    break;
                }
            }

            for (var i = dimensions.Count - 1; i >= 0; i--)
            {
                type = Deeper(new ArrayType(type, dimensions[i]), location);
            }

            return (type, name, location);
        }
        finally
        {
            _nesting--;
        }
    }

    private RecordType Record(TokenCursor cursor, bool allowBodies)
    {
        var keyword = cursor.Next();
        var isUnion = keyword.Text == "union";
        var attributes = Attributes(cursor);
        string? tag = null;
        if (cursor.Peek() is { Kind: TokenKind.Identifier } name && !name.Text.StartsWith("__attribute", StringComparison.Ordinal))
        {
            tag = cursor.Next().Text;
        }

        if (!cursor.At("{"))
        {
            if (tag is null)
            {
                throw cursor.Error($"Expected a tag or '{{' after '{keyword.Text}'");
            }

            if (!_types.Records.TryGetValue(tag, out var existing))
            {
                existing = new RecordType(tag, isUnion, keyword.Location);
                _types.Records[tag] = existing;
            }

            return existing;
        }

        if (!allowBodies && _nesting == 0)
        {
            throw cursor.Error($"A {keyword.Text} body cannot appear here");
        }

        // A body completes the record a forward declaration ("struct fz;", "typedef struct fz fz_t;")
        // made, as in C: typedefs and pointers made before then name this same type.
        var where = new SourceLocation(keyword.Path, keyword.Line, keyword.Column, keyword.Text.Length);
        var record = tag is not null && _types.Records.TryGetValue(tag, out var declared) && declared.IsUnion == isUnion
            && !declared.IsComplete && declared.Members.Count == 0 && !FailedRecords.ContainsKey(declared) && !_open.Contains(declared)
            ? declared
            : new RecordType(tag, isUnion, where);
        record.Location = where;
        record.Documentation = Documentation(keyword);
        record.Alignment = attributes.Alignment;
        record.IsPacked = attributes.Packed;
        record.MaxFieldAlignment = _pack;
        if (tag is not null)
        {
            _types.Records[tag] = record;
            DeclaredRecords.Add(record);
        }

        cursor.Expect("{");
        Enter(cursor);
        _open.Add(record);
        try
        {
            while (!cursor.Accept("}"))
            {
                if (cursor.AtEnd)
                {
                    throw new HeaderException(DiagnosticIds.SyntaxError, $"Unterminated {record.Spelling}", record.Location);
                }

                // An empty member declaration (a lone ';', as mips' __BITFIELD_FIELD leaves) is a GNU extension.
                if (!PragmaPack(cursor) && !cursor.Accept(";"))
                {
                    Member(cursor, record);
                }
            }
        }
        catch (HeaderException error) when (Failed(record, error))
        {
            throw; // never reached: the filter records the failure and lets the error pass
        }
        finally
        {
            _open.RemoveAt(_open.Count - 1);
            _nesting--;
        }

        var trailing = Attributes(cursor);
        record.IsPacked |= trailing.Packed;
        record.Alignment = trailing.Alignment ?? record.Alignment;
        record.IsComplete = true;
        return record;
    }

    // An exception filter, not a catch and rethrow: each rethrow from a catch block starts a nested
    // exception dispatch that stays on the stack, and 64 nested bodies failing together would
    // overflow a compiler thread's 1 MB stack (the fuzzer found it).
    private bool Failed(RecordType record, HeaderException error)
    {
        if (record.Tag is not null && !FailedRecords.ContainsKey(record))
        {
            FailedRecords[record] = error.ToDiagnostic();
        }

        return false;
    }

    private void Member(TokenCursor cursor, RecordType record)
    {
        var first = cursor.Peek()!;
        var specifiers = Specifiers(cursor, allowBodies: true);
        if (cursor.Accept(";"))
        {
            // An anonymous struct or union member (C11 6.7.2.1p13).
            if (specifiers.Type is RecordType { Tag: null } anonymous)
            {
                AddMember(record, new RecordMember(null, anonymous, specifiers.Alignment, first.Location, anonymous.Documentation));
            }

            return;
        }

        while (true)
        {
            // "int : 3;" declares an unnamed bit-field: there is no declarator before the colon.
            var (type, name, location) = cursor.At(":") ? (specifiers.Type, null, cursor.Location)
                : Declarator(cursor, specifiers.Type, abstractAllowed: false);
            int? width = cursor.Accept(":") ? BitFieldWidth(cursor, type, name, location) : null;
            var attributes = Attributes(cursor);
            var alignment = attributes.Alignment ?? specifiers.Alignment;
            var doc = Documentation(null, location);
            AddMember(record, new RecordMember(name, type, alignment, location, doc) { BitWidth = width, IsPacked = attributes.Packed });
            if (!cursor.Accept(","))
            {
                break;
            }
        }

        cursor.Expect(";");
    }

    // C11 6.7.2.1p3: a member has a complete type. That also makes a struct containing itself
    // (directly, through arrays, typedefs or anonymous members) an error here, before any layout
    // could recurse forever: a record only ever contains records completed before it.
    private void AddMember(RecordType record, RecordMember member)
    {
        var type = member.Type;
        while (type is ArrayType or AlignedType)
        {
            type = type is ArrayType array ? array.Element : ((AlignedType)type).Underlying;
        }

        var what = member.Name is null ? "an anonymous member" : $"member '{member.Name}'";
        if (type is RecordType { IsComplete: false } contained)
        {
            // The record being declared, or one enclosing it, is incomplete until its closing brace.
            throw new HeaderException(DiagnosticIds.UnknownType, _open.Contains(contained)
                    ? $"{contained.Spelling} contains itself ({what} of {record.Spelling} is of type '{member.Type.Spelling}')"
                    : $"The {what} of {record.Spelling} has incomplete type '{member.Type.Spelling}'",
                member.Location);
        }

        if (type is EnumType { IsComplete: false })
        {
            throw new HeaderException(DiagnosticIds.UnknownType, $"The {what} of {record.Spelling} has incomplete type '{member.Type.Spelling}'", member.Location);
        }

        record.AddMember(member);
        CheckDepth(record.Depth, member.Location);
    }

    // "#pragma pack(N)", "(push[, N])", "(pop)", "()": the largest member alignment of the structs
    // defined after it, as GCC and clang take it. True when the cursor was at one.
    private bool PragmaPack(TokenCursor cursor)
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
            _packs.Push(_pack);
            if (cursor.Accept(","))
            {
                _pack = PackValue(cursor);
            }
        }
        else if (cursor.Accept("pop"))
        {
            _pack = _packs.Count > 0 ? _packs.Pop() : null;
        }
        else if (!cursor.At(")"))
        {
            _pack = PackValue(cursor);
        }
        else
        {
            _pack = null;
        }

        cursor.Expect(")");
        return true;
    }

    private int PackValue(TokenCursor cursor)
    {
        var location = cursor.Location;
        var value = _evaluator.Evaluate(cursor);
        if (value.Raw is not (1 or 2 or 4 or 8 or 16))
        {
            throw new HeaderException(DiagnosticIds.InvalidExpression, $"#pragma pack({value.Describe(_types.Model)}): the value must be 1, 2, 4, 8 or 16", location);
        }

        return (int)value.Raw;
    }

    // C11 6.7.2.1p4-5: an integer (or enum) type, a width from 0 to the type's, and 0 only unnamed.
    private int BitFieldWidth(TokenCursor cursor, CType type, string? name, SourceLocation location)
    {
        var value = _evaluator.Evaluate(cursor);
        var described = name is null ? "unnamed bit-field" : $"bit-field '{name}'";
        var underlying = type is AlignedType aligned ? aligned.Underlying : type;
        if (underlying is not (IntegerType or EnumType))
        {
            throw new HeaderException(DiagnosticIds.SyntaxError, $"The {described} has non-integer type '{type.Spelling}'", location);
        }

        var bits = Layouts.SizeOf(type, _types.Model, location) * 8L;
        if (value.IsNegative(_types.Model) || value.Raw > (ulong)bits)
        {
            throw new HeaderException(DiagnosticIds.InvalidExpression,
                $"The width of {described} ({value.Describe(_types.Model)}) is not between 0 and {bits}, the width of '{type.Spelling}'", location);
        }

        if (value.Raw == 0 && name is not null)
        {
            throw new HeaderException(DiagnosticIds.InvalidExpression, $"The named {described} has zero width", location);
        }

        return (int)value.Raw;
    }

    private EnumType Enum(TokenCursor cursor, bool allowBodies)
    {
        var keyword = cursor.Next();
        Attributes(cursor);
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

        _ = allowBodies;
        var type = new EnumType(tag);
        if (tag is not null)
        {
            _types.Enums[tag] = type;
        }

        var members = new List<(string, CValue, SourceLocation, string?)>();
        DeclaredEnums.Add((type, keyword.Location, Documentation(keyword), members));
        cursor.Expect("{");
        var next = CValue.Int(0);
        var model = _types.Model;
        while (!cursor.Accept("}"))
        {
            var constant = cursor.Next();
            if (constant.Kind != TokenKind.Identifier)
            {
                throw new HeaderException(DiagnosticIds.SyntaxError, $"Expected an enumerator name but found '{constant.Text}'", constant.Location);
            }

            var value = next;
            if (cursor.Accept("="))
            {
                value = _evaluator.Evaluate(cursor);
            }

            // Enumerators are ints when the value fits (C11 6.7.2.2); GCC keeps wider values' types.
            var signedValue = value.AsSigned(model);
            var fitsInt = model.IsSigned(value.Kind) ? signedValue >= int.MinValue && signedValue <= int.MaxValue : value.Raw <= int.MaxValue;
            if (fitsInt)
            {
                value = value.ConvertTo(IntegerKind.Int, model);
            }

            type.Constants.Add(new KeyValuePair<string, CValue>(constant.Text, value));
            _types.EnumConstants[constant.Text] = value;
            members.Add((constant.Text, value, constant.Location, Documentation(null, constant.Location)));
            next = new CValue(CValue.Truncate(value.Raw + 1, model.SizeOf(value.Kind)), value.Kind);
            if (!cursor.Accept(","))
            {
                cursor.Expect("}");
                break;
            }
        }

        type.IsComplete = true;
        return type;
    }

    private sealed record AttributeSet(int? Alignment, bool Packed);

    // __attribute__((aligned(N))), __attribute__((packed)); other attributes are ignored.
    private AttributeSet Attributes(TokenCursor cursor)
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
                var name = cursor.Next();
                var bare = name.Text.Trim('_');
                if (bare == "packed")
                {
                    packed = true;
                }

                if (bare == "aligned")
                {
                    if (cursor.Accept("("))
                    {
                        var at = cursor.Location;
                        var value = _evaluator.Evaluate(cursor);
                        cursor.Expect(")");
                        alignment = Alignment(value, at);
                    }
                    else
                    {
                        alignment = _types.Model.AlignedAttributeDefault;
                    }
                }
                else if (cursor.At("("))
                {
                    SkipBalanced(cursor, "(", ")");
                }

                cursor.Accept(",");
            }

            cursor.Expect(")");
        }

        return new AttributeSet(alignment, packed);
    }

    // GCC: "requested alignment is not a positive power of 2", and at most 2^28 bytes.
    private int Alignment(CValue value, SourceLocation where)
    {
        const ulong MaxAlignment = 1UL << 28;
        if (value.IsNegative(_types.Model) || value.Raw == 0 || value.Raw > MaxAlignment || (value.Raw & (value.Raw - 1)) != 0)
        {
            throw new HeaderException(DiagnosticIds.InvalidExpression,
                $"Requested alignment {value.Describe(_types.Model)} is not a positive power of 2 up to {MaxAlignment}", where);
        }

        return (int)value.Raw;
    }

    private string? Documentation(Token? keyword, SourceLocation? fallback = null)
    {
        var location = keyword?.Location ?? fallback;
        if (location is not { } at || !_comments.TryGetValue(at.Path, out var comments))
        {
            return null;
        }

        return DocComments.Find(comments, at.Line, at.Line, at.Column);
    }

    // Every walk over a type recurses along its depth, so a type deeper than the limit is refused
    // where it is written.
    private static CType Deeper(CType type, SourceLocation where)
    {
        CheckDepth(type.Depth, where);
        return type;
    }

    private static void CheckDepth(int depth, SourceLocation where)
    {
        if (depth > HeaderLimits.MaxTypeDepth)
        {
            throw new HeaderException(DiagnosticIds.LimitExceeded,
                $"Type nested deeper than {HeaderLimits.MaxTypeDepth} levels (pointers, array dimensions, typedefs and contained records)", where);
        }
    }

    private void Enter(TokenCursor cursor)
    {
        if (++_nesting > MaxNesting)
        {
            _nesting--;
            throw new HeaderException(DiagnosticIds.LimitExceeded, $"Declarations nested deeper than {MaxNesting}", cursor.Location);
        }
    }

    private static void SkipBalanced(TokenCursor cursor, string open, string close)
    {
        var depth = 0;
        do
        {
            var token = cursor.Next();
            if (token.Is(open))
            {
                depth++;
            }
            else if (token.Is(close))
            {
                depth--;
            }
        }
        while (depth > 0 && !cursor.AtEnd);
    }

    private static void SkipInitializer(TokenCursor cursor)
    {
        var depth = 0;
        while (!cursor.AtEnd)
        {
            var token = cursor.Peek()!;
            if (depth == 0 && (token.Is(",") || token.Is(";")))
            {
                return;
            }

            depth += token.Is("{") || token.Is("(") || token.Is("[") ? 1 : token.Is("}") || token.Is(")") || token.Is("]") ? -1 : 0;
            cursor.Next();
        }
    }

    // Skips to just after the next ';' at brace depth 0, or after a top-level '}' that ends a body.
    private static void SkipDeclaration(TokenCursor cursor)
    {
        var depth = 0;
        while (!cursor.AtEnd)
        {
            var token = cursor.Next();
            if (token.Is("{") || token.Is("("))
            {
                depth++;
            }
            else if (token.Is("}") || token.Is(")"))
            {
                depth = Math.Max(0, depth - 1);
                if (depth == 0 && token.Is("}") && !cursor.At(";") && !(cursor.Peek() is { Kind: TokenKind.Identifier }))
                {
                    return;
                }
            }
            else if (token.Is(";") && depth == 0)
            {
                return;
            }
        }
    }
}
