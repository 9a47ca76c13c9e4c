using Nsfs.Headers.Lexing;
using Nsfs.Headers.Types;

namespace Nsfs.Headers.Parsing;

// This part of the parser reads struct and union specifiers: references by tag, bodies, members and bit-fields.
public sealed partial class DeclarationParser
{
    // The records whose bodies are being read, innermost last: each is incomplete until its '}'.
    private readonly List<RecordType> _open = new();

    private RecordType Record(TokenCursor cursor, bool allowBodies)
    {
        var keyword = cursor.Next();
        var attributes = _attributes.Read(cursor);
        string? tag = null;
        if (cursor.Peek() is { Kind: TokenKind.Identifier } name && !name.Text.StartsWith("__attribute", StringComparison.Ordinal))
        {
            tag = cursor.Next().Text;
        }

        if (!cursor.At("{"))
        {
            return RecordReference(cursor, keyword, tag);
        }

        if (!allowBodies && _nesting == 0)
        {
            throw cursor.Error($"A {keyword.Text} body cannot appear here");
        }

        var record = RecordToDefine(keyword, tag, attributes);
        cursor.Expect("{");
        Body(cursor, record);
        var trailing = _attributes.Read(cursor);
        record.IsPacked |= trailing.Packed;
        record.Alignment = trailing.Alignment ?? record.Alignment;
        record.IsComplete = true;
        return record;
    }

    // "struct tag" without a body: the record of that tag, declared now if it is new.
    private RecordType RecordReference(TokenCursor cursor, Token keyword, string? tag)
    {
        if (tag is null)
        {
            throw cursor.Error($"Expected a tag or '{{' after '{keyword.Text}'");
        }

        if (!_types.Records.TryGetValue(tag, out var existing))
        {
            existing = new RecordType(tag, keyword.Text == "union", keyword.Location);
            _types.Records[tag] = existing;
        }

        return existing;
    }

    // A body completes the record a forward declaration ("struct fz;", "typedef struct fz fz_t;")
    // made, as in C: typedefs and pointers made before then name this same type.
    private RecordType RecordToDefine(Token keyword, string? tag, AttributeSet attributes)
    {
        var isUnion = keyword.Text == "union";
        var where = new SourceLocation(keyword.Path, keyword.Line, keyword.Column, keyword.Text.Length);
        var record = tag is not null && _types.Records.TryGetValue(tag, out var declared) && declared.IsUnion == isUnion
            && !declared.IsComplete && declared.Members.Count == 0 && !FailedRecords.Contains(declared) && !_open.Contains(declared)
            ? declared
            : new RecordType(tag, isUnion, where);
        record.Location = where;
        record.Documentation = _documentation.At(keyword.Location);
        record.Alignment = attributes.Alignment;
        record.IsPacked = attributes.Packed;
        record.MaxFieldAlignment = _packs.Current;
        if (tag is not null)
        {
            _types.Records[tag] = record;
            DeclaredRecords.Add(record);
        }

        return record;
    }

    // The member declarations up to and including the closing '}'.
    private void Body(TokenCursor cursor, RecordType record)
    {
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
                if (!_packs.TryRead(cursor) && !cursor.Accept(";"))
                {
                    Member(cursor, record);
                }
            }
        }
        catch (HeaderException) when (Failed(record))
        {
            throw; // never reached: the filter records the failure and lets the error pass
        }
        finally
        {
            _open.RemoveAt(_open.Count - 1);
            _nesting--;
        }
    }

    // An exception filter, not a catch and rethrow: each rethrow from a catch block starts a nested
    // exception dispatch that stays on the stack, and 64 nested bodies failing together would
    // overflow a compiler thread's 1 MB stack (the fuzzer found it).
    // The error itself is reported where it is caught; only the failure is remembered here.
    private bool Failed(RecordType record)
    {
        if (record.Tag is not null)
        {
            FailedRecords.Add(record);
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
            var attributes = _attributes.Read(cursor);
            var alignment = attributes.Alignment ?? specifiers.Alignment;
            var doc = _documentation.At(location);
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
        TypeDepth.Check(record.Depth, member.Location);
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
}
