using Nsfs.Headers.Lexing;

namespace Nsfs.Headers.Preprocessing;

/// <summary>A <c>#define</c>: object-like when <see cref="Parameters"/> is <see langword="null"/>.</summary>
/// <param name="name">The macro name.</param>
/// <param name="parameters">The parameter names of a function-like macro; <see langword="null"/> for an object-like one.</param>
/// <param name="isVariadic">Whether it ends in <c>...</c>.</param>
/// <param name="body">The replacement list.</param>
/// <param name="location">Where it is defined.</param>
/// <param name="documentation">The doc comment before it, if any.</param>
/// <param name="isPredefined">Whether the target or the kernel build predefines it, so that no file holds its definition.</param>
public sealed class Macro(string name, IReadOnlyList<string>? parameters, bool isVariadic, IReadOnlyList<Token> body, SourceLocation location, string? documentation,
    bool isPredefined = false)
{
    /// <summary>The macro name.</summary>
    public string Name { get; } = name;

    /// <summary>Parameter names for a function-like macro (a variadic one ends with <c>__VA_ARGS__</c> or its GNU name).</summary>
    public IReadOnlyList<string>? Parameters { get; } = parameters;

    /// <summary>True for <c>...</c> macros.</summary>
    public bool IsVariadic { get; } = isVariadic;

    /// <summary>True for function-like macros.</summary>
    public bool IsFunctionLike => Parameters is not null;

    /// <summary>The replacement list.</summary>
    public IReadOnlyList<Token> Body { get; } = body;

    /// <summary>Whether the replacement list pastes tokens (<c>##</c>), decided once rather than at every expansion.</summary>
    public bool HasPaste { get; } = body.Any(token => token.Is("##"));

    /// <summary>Where the name stands in the <c>#define</c>.</summary>
    public SourceLocation Location { get; } = location;

    /// <summary>
    /// Whether the target or the kernel build predefines it (<c>__x86_64__</c>, <c>__KERNEL__</c>…). No
    /// file holds its definition, so its replacement stands where it is used, as compilers report it.
    /// </summary>
    public bool IsPredefined { get; } = isPredefined;

    /// <summary>The comment next to the definition, cleaned of comment markers.</summary>
    public string? Documentation { get; } = documentation;

    /// <summary>The replacement list as written, with single spaces where the header had white space.</summary>
    public string BodyText => Tokens.Spell(Body);
}
