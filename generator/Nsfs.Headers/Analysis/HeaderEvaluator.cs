using System.Globalization;
using Nsfs.Headers.Evaluation;
using Nsfs.Headers.Lexing;
using Nsfs.Headers.Model;
using Nsfs.Headers.Parsing;
using Nsfs.Headers.Preprocessing;
using Nsfs.Headers.Sources;
using Nsfs.Headers.Types;

namespace Nsfs.Headers.Analysis;

/// <summary>
/// Evaluates one header on one architecture: preprocesses it with that architecture's include
/// mapping, reads its declarations, then evaluates every object-like macro the header defines.
/// A macro whose expansion calls the header's own <c>_IOC</c> is a request; its direction, type,
/// number and size are the evaluated <c>_IOC</c> arguments, checked against <c>_IOC_*BITS</c>.
/// </summary>
public static class HeaderEvaluator
{
    private const string EncodeMacro = "_IOC";

    /// <summary>Evaluates <paramref name="primary"/> on the architecture <paramref name="model"/> describes.</summary>
    /// <param name="primary">The header.</param>
    /// <param name="roots">Its include roots; a <see cref="HeaderSet"/> also brings its preludes and per-architecture roots.</param>
    /// <param name="model">The architecture's data model.</param>
    /// <param name="lex">Lexes a header (a cache shared between architectures), or <see langword="null"/> to lex afresh.</param>
    /// <param name="typeNames">
    /// Type names written outside the header (the facts file's <c>type="…"</c>), already lexed: each is
    /// read with the header's own declarations and sized into <see cref="ArchAnalysis.TypeNameSizes"/>.
    /// </param>
    /// <param name="work">The header's work budget, shared by the architectures; a budget of its own when <see langword="null"/>.</param>
    public static ArchAnalysis Evaluate(HeaderText primary, IHeaderProvider roots, DataModel model, Func<HeaderText, LexResult>? lex = null,
        IReadOnlyList<(string Spelling, IReadOnlyList<Token> Tokens, SourceLocation Location)>? typeNames = null, WorkBudget? work = null)
    {
        work ??= new WorkBudget();
        var headers = (roots as HeaderSet ?? new HeaderSet(roots)).WithFirst(new InMemoryHeaders(new[] { primary }));
        var preprocessed = new Preprocessor(headers, model, lex, work).Run(primary);
        var types = new TypeTable(model);
        var analysis = new ArchAnalysis(model, types);
        analysis.Diagnostics.AddRange(preprocessed.Diagnostics);

        var declarations = new DeclarationParser(types, preprocessed.Comments, work);
        declarations.ParseAll(preprocessed.DeclarationTokens);
        analysis.Diagnostics.AddRange(declarations.Diagnostics);

        EvaluateMacros(preprocessed, new ExpressionEvaluator(types, declarations, preprocessor: false), declarations, analysis, work);
        AddEnums(primary, declarations, analysis);
        AddStructs(primary, model, declarations, analysis, work);

        // Last, so that reading these names (which may declare a struct tag) cannot change what the header itself evaluates to.
        SizeTypeNames(typeNames, model, declarations, analysis);
        if (work.Exhausted is { } exhausted)
        {
            analysis.Diagnostics.Add(exhausted.ToDiagnostic());
        }

        analysis.IsIncomplete = preprocessed.MissingIncludes.Count > 0 || work.IsExhausted;
        return analysis;
    }

    // Each object-like macro the header itself defines (and no later definition replaced).
    private static void EvaluateMacros(PreprocessResult preprocessed, ExpressionEvaluator evaluator, DeclarationParser declarations,
        ArchAnalysis analysis, WorkBudget work)
    {
        var missingIncludes = preprocessed.MissingIncludes.Count > 0;
        foreach (var macro in preprocessed.PrimaryDefinitions)
        {
            if (work.IsExhausted)
            {
                break; // reported once, where the budget ran out
            }

            if (macro.IsFunctionLike || !preprocessed.Macros.TryGetValue(macro.Name, out var current) || !ReferenceEquals(current, macro))
            {
                continue;
            }

            analysis.DefinedMacroNames.Add(macro.Name);
            if (macro.Body.Count == 0)
            {
                continue;
            }

            EvaluateMacro(macro, preprocessed.Macros, evaluator, declarations, analysis, missingIncludes, work);
        }
    }

    private static void AddEnums(HeaderText primary, DeclarationParser declarations, ArchAnalysis analysis)
    {
        foreach (var (type, location, doc, members) in declarations.DeclaredEnums)
        {
            if (location.Path == primary.DisplayPath && type.Tag is { } tag)
            {
                analysis.DeclaredTags.Add(tag);
            }

            if (location.Path == primary.DisplayPath && type.IsComplete)
            {
                analysis.Enums.Add((type.Tag, doc, location, members.Select(m => (m.Name, m.Value, m.Location, m.Documentation)).ToList()));
            }
        }

        foreach (var (name, location) in declarations.EnumeratorNames)
        {
            if (location.Path == primary.DisplayPath)
            {
                analysis.EnumeratorNames.Add(name);
            }
        }
    }

    // The complete records the header itself declares, laid out, then the records of other headers
    // they hold as members (a worklist over each record once); one that cannot be laid out is a located diagnostic.
    private static void AddStructs(HeaderText primary, DataModel model, DeclarationParser declarations, ArchAnalysis analysis, WorkBudget work)
    {
        var pending = new List<IReadOnlyList<FieldLayout>>();
        var seen = new HashSet<RecordType>();
        foreach (var record in declarations.DeclaredRecords)
        {
            if (record.Location.Path == primary.DisplayPath && record.Tag is { } tag)
            {
                analysis.DeclaredTags.Add(tag);
            }

            if (record.Location.Path == primary.DisplayPath && !declarations.FailedRecords.Contains(record) && record.IsComplete
                && Lay(record, model, analysis.Structs, analysis, work) is { } fields)
            {
                seen.Add(record);
                pending.Add(fields);
            }
        }

        for (var i = 0; i < pending.Count; i++)
        {
            foreach (var field in pending[i])
            {
                if (ScalarType.ElementOf(field.Type) is RecordType { Tag: not null, IsComplete: true } member && member.Location.Path != primary.DisplayPath
                    && !declarations.FailedRecords.Contains(member)
                    && seen.Add(member) && Lay(member, model, analysis.ReferencedStructs, analysis, work) is { } fields)
                {
                    pending.Add(fields);
                }
            }
        }
    }

    private static IReadOnlyList<FieldLayout>? Lay(RecordType record, DataModel model,
        List<(RecordType Record, int Size, int Align, IReadOnlyList<FieldLayout> Fields)> into, ArchAnalysis analysis, WorkBudget work)
    {
        if (work.IsExhausted)
        {
            return null;
        }

        try
        {
            var size = Layouts.SizeOfGenerated(record, model, record.Location);
            var align = Layouts.AlignOf(record, model, record.Location);
            var fields = Layouts.Fields(record, model);
            into.Add((record, size, align, fields));
            return fields;
        }
        catch (HeaderException error)
        {
            analysis.Diagnostics.Add(error.ToDiagnostic());
            work.ChargeError(error.Location);
            return null;
        }
    }

    private static void SizeTypeNames(IReadOnlyList<(string Spelling, IReadOnlyList<Token> Tokens, SourceLocation Location)>? typeNames, DataModel model,
        DeclarationParser declarations, ArchAnalysis analysis)
    {
        foreach (var (spelling, tokens, location) in typeNames ?? Array.Empty<(string, IReadOnlyList<Token>, SourceLocation)>())
        {
            try
            {
                analysis.TypeNameSizes[spelling] = (Layouts.SizeOfGenerated(declarations.ParseTypeName(new TokenCursor(tokens, location)), model, location), null);
            }
            catch (HeaderException error)
            {
                analysis.TypeNameSizes[spelling] = (-1, error.Message);
            }
        }
    }

    private static void EvaluateMacro(Macro macro, IReadOnlyDictionary<string, Macro> macros, ExpressionEvaluator evaluator,
        DeclarationParser declarations, ArchAnalysis analysis, bool missingIncludes, WorkBudget work)
    {
        MacroInvocation? encoding = null;
        var use = new Token(TokenKind.Identifier, macro.Name, macro.Location.Path, macro.Location.Line, macro.Location.Column, false, false);
        try
        {
            var expanded = new MacroExpander(macros, i => encoding ??= i.Macro.Name == EncodeMacro ? i : null, work).Expand(new[] { use });
            var undefinedEncoder = encoding is null ? UndefinedEncoder(expanded, macros) : null;
            if (encoding is not null || undefinedEncoder is not null)
            {
                analysis.RequestNames.Add(macro.Name);
            }

            if (undefinedEncoder is not null)
            {
                throw new HeaderException(DiagnosticIds.UnknownIdentifier,
                    $"'{undefinedEncoder}' is not defined: the header uses the ioctl macros without including <linux/ioctl.h>, as C programs that include <sys/ioctl.h> first may; "
                    + "give linux/ioctl.h as a prelude (Prelude=\"linux/ioctl.h\" on its <NsfsHeader>, the Nsfs_Prelude property, or nsfs ioctls --prelude linux/ioctl.h)",
                    macro.Location);
            }

            var cursor = new TokenCursor(expanded, macro.Location);
            if (encoding is null && !LooksNumeric(cursor, declarations))
            {
                return; // a type, string or empty macro: not a constant
            }

            var value = evaluator.EvaluateAll(cursor);
            if (encoding is null)
            {
                analysis.Constants.Add((macro.Name, macro.Documentation, macro.Location, macro.BodyText, value));
                return;
            }

            var encoded = Encode(macro, encoding, value, macros, evaluator, analysis.Model, work);
            analysis.Requests.Add((macro.Name, macro.BodyText, macro.Documentation, macro.Location, SizeArgument(macro), encoded));
            if (SizeFollowsWordSize(encoding, encoded.Size, macros, declarations, analysis.Model, macro.Location, work))
            {
                analysis.SizeFollowsDataModel.Add(macro.Name);
            }
        }
        catch (HeaderException error)
        {
            // The header's budget running out is reported as it is, where it ran out; the rest as Describe says.
            analysis.Diagnostics.Add(ReferenceEquals(error, work.Exhausted)
                ? error.ToDiagnostic()
                : Describe(error, macro, analysis.RequestNames.Contains(macro.Name), missingIncludes));
            work.ChargeError(error.Location);
        }
    }

    // What a macro that could not be evaluated is reported as. Only requests are errors: a header's
    // other macros (syscall numbers, strings, flags built from another header's names) are what
    // they are, and at most a quiet NSFS1014 says one was left out.
    private static HeaderDiagnostic Describe(HeaderException error, Macro macro, bool isRequest, bool missingIncludes)
    {
        if (!isRequest && error.Id != DiagnosticIds.LimitExceeded)
        {
            // An unknown name is reported where the macro is defined (the token may sit in another
            // macro's body); a bad operation at its operator when that is in this header.
            var unknown = error.Id == DiagnosticIds.UnknownIdentifier || error.Id == DiagnosticIds.UnknownType;
            var at = unknown || error.Location.Path != macro.Location.Path ? macro.Location : error.Location;
            return HeaderDiagnostic.Create(DiagnosticIds.NotAConstant, at, $"{macro.Name} is not a constant, so it is not generated: {error.Message}");
        }

        if (error.Id == DiagnosticIds.UnknownIdentifier || error.Id == DiagnosticIds.UnknownType)
        {
            // Located at the definition, naming what was unknown; when an include was missing
            // that is the likely cause, and the request cannot be generated without it.
            return HeaderDiagnostic.Create(missingIncludes ? DiagnosticIds.SkippedForMissingInclude : error.Id, macro.Location,
                $"{macro.Name} is not generated: {error.Message}" + (missingIncludes ? " (a header it may come from was not found)" : string.Empty));
        }

        if (error.Id == DiagnosticIds.LimitExceeded || error.Location.Path != macro.Location.Path)
        {
            // A limit is hit somewhere inside the expansion (often in another macro's body):
            // name the macro that could not be generated, where it is defined.
            return HeaderDiagnostic.Create(error.Id, macro.Location, $"{macro.Name}: {error.Message} (at {error.Location})");
        }

        return error.ToDiagnostic();
    }

    // An _IO-family macro (_IO, _IOR, _IOW, _IOWR, _IOC, _IOR_BAD, …) called but never defined: the
    // macro is a request whose encoding is missing, not a constant with an unknown name.
    private static string? UndefinedEncoder(List<Token> expanded, IReadOnlyDictionary<string, Macro> macros)
    {
        for (var i = 0; i + 1 < expanded.Count; i++)
        {
            var token = expanded[i];
            if (token.Kind == TokenKind.Identifier && token.Text.StartsWith("_IO", StringComparison.Ordinal)
                && token.Text.Skip(3).All(c => c == '_' || (c >= 'A' && c <= 'Z')) && expanded[i + 1].Is("(") && !macros.ContainsKey(token.Text))
            {
                return token.Text;
            }
        }

        return null;
    }

    // Whether the request's size changes when only the word size (long and pointers) does: a compat
    // pair such as FS_IOC32_GETFLAGS (int) and FS_IOC_GETFLAGS (long) shares its nr on purpose.
    // The size on this target is the one the request was just encoded with; only the other word size is evaluated.
    private static bool SizeFollowsWordSize(MacroInvocation encoding, uint size, IReadOnlyDictionary<string, Macro> macros, DeclarationParser declarations,
        DataModel model, SourceLocation location, WorkBudget work)
    {
        var other = model.LongSize == 8 ? 4 : 8;
        var flipped = model with { LongSize = other, LongAlign = other, PointerSize = other, PointerAlign = other };
        try
        {
            var expression = new TokenCursor(new MacroExpander(macros, null, work).Expand(encoding.Arguments[3]), location);
            return new ExpressionEvaluator(new TypeTable(flipped), declarations, preprocessor: false).EvaluateAll(expression).Raw != size;
        }
        catch (HeaderException)
        {
            return false;
        }
    }

    private static bool LooksNumeric(TokenCursor cursor, DeclarationParser declarations)
    {
        var first = cursor.Peek();
        if (first is null || first.Kind == TokenKind.String)
        {
            return false;
        }

        return !(first.Kind == TokenKind.Identifier && declarations.StartsTypeName(cursor) && !first.Is("sizeof"));
    }

    private static ArchRequestValue Encode(Macro macro, MacroInvocation encoding, CValue value, IReadOnlyDictionary<string, Macro> macros,
        ExpressionEvaluator evaluator, DataModel model, WorkBudget work)
    {
        if (encoding.Arguments.Count != 4)
        {
            throw new HeaderException(DiagnosticIds.SyntaxError, $"{EncodeMacro} must take four arguments", macro.Location);
        }

        CValue Argument(int index) => evaluator.EvaluateAll(new TokenCursor(new MacroExpander(macros, work: work).Expand(encoding.Arguments[index]), macro.Location));
        CValue? Named(string name) => macros.ContainsKey(name)
            ? evaluator.EvaluateAll(new TokenCursor(new MacroExpander(macros, work: work).Expand(new[] { new Token(TokenKind.Identifier, name, macro.Location.Path, macro.Location.Line, macro.Location.Column, false, false) }), macro.Location))
            : null;

        var dir = Argument(0);
        var type = Argument(1);
        var nr = Argument(2);
        var size = Argument(3);
        CheckRange(macro, model, "nr", nr, Named("_IOC_NRBITS"));
        CheckRange(macro, model, "type", type, Named("_IOC_TYPEBITS"));
        CheckRange(macro, model, "size", size, Named("_IOC_SIZEBITS"));
        CheckRange(macro, model, "dir", dir, Named("_IOC_DIRBITS"));

        var read = Named("_IOC_READ")?.Raw;
        var write = Named("_IOC_WRITE")?.Raw;
        var direction = dir.Raw == ((read ?? 0) | (write ?? 0)) && read is not null && write is not null && read != write ? IoctlDirectionKind.ReadWrite
            : dir.Raw == read ? IoctlDirectionKind.Read
            : dir.Raw == write ? IoctlDirectionKind.Write
            : IoctlDirectionKind.None;

        if (value.IsNegative(model) || value.Raw > uint.MaxValue)
        {
            throw new HeaderException(DiagnosticIds.FieldOutOfRange, $"{macro.Name} = 0x{value.Raw:x} does not fit the 32-bit ioctl request on {model.Name}", macro.Location);
        }

        return new ArchRequestValue(model.Name, (uint)value.Raw, direction, (uint)type.Raw, (uint)nr.Raw, (uint)size.Raw, 0);
    }

    private static void CheckRange(Macro macro, DataModel model, string field, CValue value, CValue? bits)
    {
        if (bits is not { } width || width.Raw >= 32)
        {
            return;
        }

        if (value.IsNegative(model) || value.Raw >= (1UL << (int)width.Raw))
        {
            throw new HeaderException(DiagnosticIds.FieldOutOfRange,
                string.Format(CultureInfo.InvariantCulture, "{0}: {1} {2} does not fit in {3} bits on {4}", macro.Name, field, value.Describe(model), width.Raw, model.Name),
                macro.Location);
        }
    }

    // The type named by _IOR(type, nr, size)-style macros: their third argument as written.
    private static string? SizeArgument(Macro macro)
    {
        var body = macro.Body;
        if (body.Count < 4 || body[0].Kind != TokenKind.Identifier || !body[1].Is("("))
        {
            return null;
        }

        var arguments = new List<List<Token>> { new() };
        var depth = 0;
        for (var i = 2; i < body.Count; i++)
        {
            var token = body[i];
            if (token.Is("(")) depth++;
            if (token.Is(")") && depth-- == 0) break;
            if (token.Is(",") && depth == 0)
            {
                arguments.Add(new List<Token>());
                continue;
            }

            arguments[arguments.Count - 1].Add(token);
        }

        return arguments.Count >= 3 ? Tokens.Spell(arguments[2].Select((t, k) => k == 0 ? t.With(t.HideSet, false) : t)) : null;
    }
}
