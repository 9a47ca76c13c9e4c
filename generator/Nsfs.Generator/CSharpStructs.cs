using System;
using System.Collections.Generic;
using System.Linq;
using Nsfs.Headers.Model;

namespace Nsfs.Generator;

/// <summary>
/// Decides which of a header's structs become C# structs: those with one layout everywhere whose
/// every member has a blittable C# type — a scalar, or a struct that has a C# type itself (one of the
/// header's own, or one that another header generated in the same build emits where this one can use
/// it). The emitter skips, and NSFS1015 reports, exactly what this decides, so the generated code
/// never names a type that does not exist.
/// </summary>
internal static class CSharpStructs
{
    /// <summary>Why each of the header's own structs of uniform layout has no C# struct, by tag; a struct not listed has one.</summary>
    /// <param name="model">The header's model, with the other headers' structs its structs hold.</param>
    /// <param name="whyNotUsable">
    /// For the path of another header, why its types cannot be used here, or <see langword="null"/> when
    /// that header is generated in this build and its types can be.
    /// </param>
    public static Dictionary<string, string> Unrepresentable(HeaderModel model, Func<string, string?> whyNotUsable)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (model.Structs.Count == 0 || model.Architectures.Count == 0)
        {
            return result;
        }

        var first = CSharpLiterals.Architecture(model.Architectures[0]);
        var known = new HashSet<string>(model.Structs.Concat(model.ReferencedStructs).Select(s => s.Name), StringComparer.Ordinal);

        // A reason of the struct itself (its layout, a member's C type, its header) is quoted where a
        // struct holding it is reported; a reason that is only "it holds such a struct" is not, so a
        // message never grows with the depth of the nesting.
        var why = new Dictionary<string, (string Reason, bool Own)>(StringComparer.Ordinal);
        var undecided = new List<StructModel>();
        foreach (var (structModel, own) in model.Structs.Select(s => (s, true)).Concat(model.ReferencedStructs.Select(s => (s, false))))
        {
            if (OwnReason(structModel, own, first, whyNotUsable) is { } reason)
            {
                why[structModel.Name] = (reason, true);
            }
            else
            {
                undecided.Add(structModel);
            }
        }

        // A struct waits for the structs it holds. C completes those first, so every pass settles one
        // at least and the passes are bounded by the number of structs.
        var representable = new HashSet<string>(StringComparer.Ordinal);
        for (var progress = true; progress && undecided.Count > 0;)
        {
            progress = false;
            for (var i = undecided.Count - 1; i >= 0; i--)
            {
                var structModel = undecided[i];
                var blocking = structModel.Fields.FirstOrDefault(f => f.Element.Kind == ScalarKind.Record && !representable.Contains(f.Element.Tag!));
                if (blocking is null)
                {
                    representable.Add(structModel.Name);
                }
                else if (!known.Contains(blocking.Element.Tag!) || why.ContainsKey(blocking.Element.Tag!))
                {
                    var quoted = why.TryGetValue(blocking.Element.Tag!, out var inner) && inner.Own ? $" ({inner.Reason})" : string.Empty;
                    why[structModel.Name] = ($"member {blocking.Name} has type {blocking.CType}, which has no C# type here{quoted}", false);
                }
                else
                {
                    continue;
                }

                undecided.RemoveAt(i);
                progress = true;
            }
        }

        foreach (var structModel in undecided)
        {
            why[structModel.Name] = ("its members' structs hold one another", false);
        }

        foreach (var structModel in model.Structs.Where(s => s.IsUniform && why.ContainsKey(s.Name)))
        {
            result[structModel.Name] = why[structModel.Name].Reason;
        }

        return result;
    }

    /// <summary>The message of NSFS1015 for <paramref name="structModel"/>.</summary>
    public static string Message(StructModel structModel, string reason) =>
        $"{(structModel.IsUnion ? "union" : "struct")} {structModel.Name} is not generated as a C# struct: {reason}; only its per-architecture size and offset constants are generated";

    private static string? OwnReason(StructModel structModel, bool own, Headers.Types.DataModel first, Func<string, string?> whyNotUsable)
    {
        if (!structModel.IsUniform)
        {
            return "its layout differs between architectures";
        }

        if (!own && whyNotUsable(structModel.Location.Path) is { } notUsable)
        {
            return $"it is declared in {structModel.Location.Path}, {notUsable}";
        }

        return structModel.Fields.FirstOrDefault(f => CSharpLiterals.FieldType(f.Element, first) is null) is { } field
            ? $"member {field.Name} has C type {field.CType}, which has no blittable C# type"
            : null;
    }
}
