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
    /// <param name="whyNotGenerated">
    /// For the path of a file, why its types do not exist in this build, or <see langword="null"/> when
    /// it is a header generated in this build.
    /// </param>
    /// <param name="whyNotVisible">
    /// For the paths of a file whose struct holds a member and of the file that declares the member's
    /// struct, why the one cannot hold the other's type, or <see langword="null"/> when it can.
    /// </param>
    public static Dictionary<string, string> Unrepresentable(HeaderModel model, Func<string, string?> whyNotGenerated, Func<string, string, string?> whyNotVisible)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (model.Structs.Count == 0 || model.Architectures.Count == 0)
        {
            return result;
        }

        var first = CSharpLiterals.Architecture(model.Architectures[0]);
        var all = model.Structs.Concat(model.ReferencedStructs).ToList();
        var declaredIn = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var structModel in all)
        {
            declaredIn[structModel.Name] = structModel.Location.Path;
        }

        // Each struct is decided as the header that declares it decides (another header's struct is
        // emitted by that header's own generation, with that header's visibility), so a struct here
        // never uses a type its header skipped. A reason of the struct itself (its layout, a member's C
        // type, its header) is quoted where a struct holding it is reported; a reason that is only "it
        // holds such a struct" is not, so a message never grows with the depth of the nesting.
        var why = new Dictionary<string, (string Reason, bool Own)>(StringComparer.Ordinal);
        var undecided = new List<StructModel>();
        foreach (var structModel in all)
        {
            if (OwnReason(structModel, first, whyNotGenerated) is { } reason)
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
                var blocking = structModel.Fields.FirstOrDefault(f => f.Element.Kind == ScalarKind.Record
                    && !(representable.Contains(f.Element.Tag!) && whyNotVisible(structModel.Location.Path, declaredIn[f.Element.Tag!]) is null));
                if (blocking is null)
                {
                    representable.Add(structModel.Name);
                }
                else if (WhyBlocked(structModel, blocking, declaredIn, why, whyNotVisible) is { } reason)
                {
                    why[structModel.Name] = (reason, false);
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

    // Why a struct cannot hold the struct of its member, or null while that struct is undecided.
    private static string? WhyBlocked(StructModel holder, FieldModel member, Dictionary<string, string> declaredIn,
        Dictionary<string, (string Reason, bool Own)> why, Func<string, string, string?> whyNotVisible)
    {
        var tag = member.Element.Tag!;
        string? detail = null;
        if (declaredIn.TryGetValue(tag, out var declaring))
        {
            if (whyNotVisible(holder.Location.Path, declaring) is { } hidden)
            {
                detail = $"it is declared in {declaring}, {hidden}";
            }
            else if (why.TryGetValue(tag, out var inner))
            {
                detail = inner.Own ? inner.Reason : null;
            }
            else
            {
                return null;
            }
        }

        return $"member {member.Name} has type {member.CType}, which has no C# type here{(detail is null ? string.Empty : $" ({detail})")}";
    }

    private static string? OwnReason(StructModel structModel, Headers.Types.DataModel first, Func<string, string?> whyNotGenerated)
    {
        if (!structModel.IsUniform)
        {
            return "its layout differs between architectures";
        }

        if (whyNotGenerated(structModel.Location.Path) is { } notGenerated)
        {
            return $"it is declared in {structModel.Location.Path}, {notGenerated}";
        }

        return structModel.Fields.FirstOrDefault(f => !CSharpLiterals.HasFieldType(f.Element, first)) is { } field
            ? $"member {field.Name} has C type {field.CType}, which has no blittable C# type"
            : null;
    }
}
