using Nsfs.Headers.Model;
using Nsfs.Headers.Types;

namespace Nsfs.Headers.Analysis;

/// <summary>What one header yields on one architecture, before the architectures are merged.</summary>
public sealed class ArchAnalysis
{
    /// <summary>Creates an empty analysis for <paramref name="model"/>.</summary>
    public ArchAnalysis(DataModel model, TypeTable types)
    {
        Model = model;
        Types = types;
    }

    /// <summary>The data model used.</summary>
    public DataModel Model { get; }

    /// <summary>The types known at the end of the header.</summary>
    public TypeTable Types { get; }

    /// <summary>Requests that evaluated.</summary>
    public List<(string Name, string Form, string? Doc, SourceLocation Location, string? SizeType, ArchRequestValue Value)> Requests { get; } = new();

    /// <summary>Numeric constants that evaluated.</summary>
    public List<(string Name, string? Doc, SourceLocation Location, string Expression, CValue Value)> Constants { get; } = new();

    /// <summary>
    /// Names of every object-like macro the header itself defines here, whatever it turned out to be
    /// (a constant, a request, a type, an empty macro, or one that failed to evaluate).
    /// </summary>
    public HashSet<string> DefinedMacroNames { get; } = new(System.StringComparer.Ordinal);

    /// <summary>
    /// Names of every enumerator of the enums the header itself declares here, whatever became of
    /// them (evaluated, or part of an enum one of whose enumerators failed to evaluate here).
    /// </summary>
    public HashSet<string> EnumeratorNames { get; } = new(System.StringComparer.Ordinal);

    /// <summary>
    /// Whether part of the header went unread here (an include was missing, or the header's work
    /// budget ran out), so a name this analysis lacks may still be defined on this architecture.
    /// </summary>
    public bool IsIncomplete { get; set; }

    /// <summary>Names of every macro that is a request, even those that failed here.</summary>
    public HashSet<string> RequestNames { get; } = new(System.StringComparer.Ordinal);

    /// <summary>Requests whose size changes with the word size alone (a <c>long</c>, a pointer): one half of a compat pair.</summary>
    public HashSet<string> SizeFollowsDataModel { get; } = new(System.StringComparer.Ordinal);

    /// <summary>
    /// Tags of every struct, union and enum the header itself declares here, whatever became of them
    /// (laid out, or failed with a diagnostic here).
    /// </summary>
    public HashSet<string> DeclaredTags { get; } = new(System.StringComparer.Ordinal);

    /// <summary>Enums declared in the header.</summary>
    public List<(string? Tag, string? Doc, SourceLocation Location, List<(string Name, CValue Value, SourceLocation Location, string? Doc)> Members)> Enums { get; } = new();

    /// <summary>Structs declared in the header, laid out.</summary>
    public List<(RecordType Record, int Size, int Align, IReadOnlyList<FieldLayout> Fields)> Structs { get; } = new();

    /// <summary>
    /// Structs other headers declare that a struct of this header holds as a member (directly or
    /// through another such struct), laid out: a generator needs them to decide what it can emit.
    /// </summary>
    public List<(RecordType Record, int Size, int Align, IReadOnlyList<FieldLayout> Fields)> ReferencedStructs { get; } = new();

    /// <summary>The size of each type name asked for, or -1 and why it has none.</summary>
    public Dictionary<string, (int Size, string? Error)> TypeNameSizes { get; } = new(System.StringComparer.Ordinal);

    /// <summary>Problems found.</summary>
    public List<HeaderDiagnostic> Diagnostics { get; } = new();
}
