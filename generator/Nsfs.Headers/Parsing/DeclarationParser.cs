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
/// <remarks>
/// Specifiers, declarators and record bodies call each other (a member's specifiers may hold a
/// record body, a declarator's brackets an expression over types), so they share the nesting count
/// and the records being declared as parts of this class; attributes, enums, <c>#pragma pack</c> and
/// the builtin specifier words stand alone.
/// </remarks>
public sealed partial class DeclarationParser : ITypeNames
{
    private readonly TypeTable _types;
    private readonly ExpressionEvaluator _evaluator;
    private readonly AttributeReader _attributes;
    private readonly PackPragmas _packs;
    private readonly EnumReader _enums;
    private readonly DocumentationLookup _documentation;
    private readonly List<HeaderDiagnostic> _diagnostics = new();
    private readonly WorkBudget _work;
    private int _nesting;

    /// <summary>Creates a parser that declares into <paramref name="types"/>.</summary>
    /// <param name="types">Where declarations go.</param>
    /// <param name="comments">The comments of each header by display path, for documentation.</param>
    /// <param name="work">The header's work budget; a budget of its own when <see langword="null"/>.</param>
    public DeclarationParser(TypeTable types, IReadOnlyDictionary<string, IReadOnlyList<Comment>> comments, WorkBudget? work = null)
    {
        _types = types;
        _work = work ?? new WorkBudget();
        _evaluator = new ExpressionEvaluator(types, this, preprocessor: false);
        _attributes = new AttributeReader(_evaluator, types.Model);
        _packs = new PackPragmas(_evaluator, types.Model);
        _documentation = new DocumentationLookup(comments);
        _enums = new EnumReader(types, _evaluator, _attributes, _documentation);
    }

    /// <summary>Records (struct/union) in declaration order, including those whose declaration failed (see <see cref="FailedRecords"/>).</summary>
    public List<RecordType> DeclaredRecords { get; } = new();

    /// <summary>Enums in declaration order.</summary>
    public List<(EnumType Type, SourceLocation Location, string? Documentation, List<(string Name, CValue Value, SourceLocation Location, string? Documentation)> Members)> DeclaredEnums => _enums.Declared;

    /// <summary>Every enumerator name of the enum bodies read, with where its enum starts, including those of enums whose reading failed.</summary>
    public List<(string Name, SourceLocation Enum)> EnumeratorNames => _enums.EnumeratorNames;

    /// <summary>Records whose declaration failed (the failure is reported where it was caught).</summary>
    public HashSet<RecordType> FailedRecords { get; } = new();

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
                TokenSkipping.SkipDeclaration(cursor);
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

        return SpecifierWords.IsIntegerWord(token.Text) || SpecifierWords.IsQualifier(token.Text) || token.Text is "struct" or "union" or "enum" or "void"
            or "float" or "double" or "__int128_t" or "__uint128_t" || SpecifierWords.IsAttribute(token.Text) || _types.IsTypedef(token.Text);
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
        if (cursor.Accept(";") || _packs.TryRead(cursor))
        {
            return;
        }

        // "typedef" starts a declaration but not a type name, so it is checked on its own.
        if (!StartsTypeName(cursor) && !cursor.At("typedef"))
        {
            TokenSkipping.SkipDeclaration(cursor);
            return;
        }

        var specifiers = Specifiers(cursor, allowBodies: true);
        if (cursor.Accept(";"))
        {
            return;
        }

        while (true)
        {
            var (type, name, _) = Declarator(cursor, specifiers.Type, abstractAllowed: false);
            if (cursor.At("{"))
            {
                // A function definition: skip its body.
                TokenSkipping.SkipBalanced(cursor, "{", "}");
                return;
            }

            if (cursor.Accept("="))
            {
                TokenSkipping.SkipInitializer(cursor);
            }

            // Attributes after the declarator belong to it: a typedef's alignment, set either here or
            // among the specifiers, replaces its type's alignment (and may lower it).
            var trailing = _attributes.Read(cursor);
            if (specifiers.IsTypedef && name is not null)
            {
                _types.DeclareTypedef(name, (trailing.Alignment ?? specifiers.Alignment) is { } aligned ? AlignedType.Apply(type, aligned, name) : type);
            }

            if (!cursor.Accept(","))
            {
                cursor.Expect(";");
                return;
            }
        }
    }

    private void Enter(TokenCursor cursor)
    {
        if (++_nesting > HeaderLimits.MaxDeclarationNesting)
        {
            _nesting--;
            throw new HeaderException(DiagnosticIds.LimitExceeded, $"Declarations nested deeper than {HeaderLimits.MaxDeclarationNesting}", cursor.Location);
        }
    }
}
