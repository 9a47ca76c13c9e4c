using Nsfs.Headers.Lexing;

namespace Nsfs.Headers.Preprocessing;

/// <summary>A function-like macro call seen during expansion, with its arguments as written (unexpanded).</summary>
public sealed record MacroInvocation(Macro Macro, IReadOnlyList<IReadOnlyList<Token>> Arguments);
