using System.Globalization;
using Nsfs.Headers.Analysis;
using Nsfs.Headers.Model;
using Nsfs.Headers.Types;

namespace Nsfs.Headers.Baseline;

/// <summary>
/// Compares the ioctl ABI of an old version of a header (a baseline or another header) with a new
/// header: the one place that decides what is breaking, compatible or added.
/// </summary>
public static class AbiComparer
{
    private const string Arrow = " -> ";

    /// <summary>Compares two versions of a header.</summary>
    public static IReadOnlyList<AbiChange> Compare(HeaderModel oldModel, HeaderModel newModel)
    {
        if (oldModel is null)
        {
            throw new ArgumentNullException(nameof(oldModel));
        }

        return Compare(oldModel.Requests.Select(AbiRequest.From).ToList(), newModel);
    }

    /// <summary>
    /// Compares old requests with a new header, over the new header's architectures. The result is
    /// sorted by name then kind; it also lists the new header's collisions, which break whatever the
    /// old side was.
    /// </summary>
    public static IReadOnlyList<AbiChange> Compare(IReadOnlyList<AbiRequest> oldRequests, HeaderModel newModel)
    {
        if (oldRequests is null)
        {
            throw new ArgumentNullException(nameof(oldRequests));
        }

        if (newModel is null)
        {
            throw new ArgumentNullException(nameof(newModel));
        }

        var changes = new List<AbiChange>();
        var oldByName = new Dictionary<string, AbiRequest>(StringComparer.Ordinal);
        foreach (var request in oldRequests)
        {
            oldByName[request.Name] = request;
        }

        var newNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var model in newModel.Requests)
        {
            var current = AbiRequest.From(model);
            newNames.Add(current.Name);
            if (!oldByName.TryGetValue(current.Name, out var previous))
            {
                changes.Add(new AbiChange(current.Name, AbiChangeKind.Added, AbiChangeClass.Added, null, current, current.Location,
                    "new request " + current.FactsText));
            }
            else if (Changed(previous, current, model, newModel) is { } change)
            {
                changes.Add(change);
            }
        }

        foreach (var removed in oldRequests.Where(r => !newNames.Contains(r.Name)))
        {
            changes.Add(new AbiChange(removed.Name, AbiChangeKind.Removed, AbiChangeClass.Breaking, removed, null, removed.Location,
                "request removed; was " + removed.FactsText));
        }

        foreach (var group in RequestCollisions.Find(newModel.Requests))
        {
            var names = string.Join(" and ", group.Select(r => r.Name));
            var key = group[0].Values[0];
            foreach (var model in group.Skip(1))
            {
                var current = AbiRequest.From(model);
                changes.Add(new AbiChange(current.Name, AbiChangeKind.Collision, AbiChangeClass.Breaking, null, current, current.Location,
                    string.Format(CultureInfo.InvariantCulture, "{0} share type 0x{1:x2} nr 0x{2:x2}", names, key.Type, key.Number)));
            }
        }

        return changes.OrderBy(c => c.Name, StringComparer.Ordinal).ThenBy(c => c.Kind).ToList();
    }

    private static AbiChange? Changed(AbiRequest previous, AbiRequest current, RequestModel model, HeaderModel newModel)
    {
        var facts = new List<string>();
        if (previous.Type != current.Type)
        {
            facts.Add(string.Format(CultureInfo.InvariantCulture, "type 0x{0:x2}{1}0x{2:x2}", previous.Type, Arrow, current.Type));
        }

        if (previous.Number != current.Number)
        {
            facts.Add(string.Format(CultureInfo.InvariantCulture, "nr 0x{0:x2}{1}0x{2:x2}", previous.Number, Arrow, current.Number));
        }

        var renumbered = facts.Count > 0;
        var redirected = previous.Direction != current.Direction;
        if (redirected)
        {
            facts.Add("dir " + AbiDirections.Name(previous.Direction) + Arrow + AbiDirections.Name(current.Direction));
        }

        var resized = newModel.Architectures
            .Select(arch => (Arch: arch, Old: previous.SizeOn(arch), New: current.SizeOn(arch)))
            .Where(s => s.Old != s.New)
            .ToList();
        var groups = resized.GroupBy(s => (s.Old, s.New)).ToList();
        foreach (var group in groups)
        {
            var everywhere = groups.Count == 1 && group.Count() == newModel.Architectures.Count;
            facts.Add(string.Format(CultureInfo.InvariantCulture, "size {0}{1}{2}", group.Key.Old, Arrow, group.Key.New)
                + (everywhere ? string.Empty : " on " + string.Join(", ", group.Select(s => s.Arch))));
        }

        if (facts.Count == 0)
        {
            return null;
        }

        var detail = string.Join(", ", facts);
        var (kind, @class) = renumbered ? (AbiChangeKind.Renumbered, AbiChangeClass.Breaking)
            : redirected ? (AbiChangeKind.DirectionChanged, AbiChangeClass.Breaking)
            : resized.All(s => GrowsExtensibly(model, newModel, s.Arch, s.Old, s.New)) ? (AbiChangeKind.ExtensibleGrowth, AbiChangeClass.Compatible)
            : (AbiChangeKind.SizeChanged, AbiChangeClass.Breaking);
        if (kind == AbiChangeKind.ExtensibleGrowth)
        {
            detail += " (" + ExtensibleMacro(model) + " is declared; the kernel accepts any size from it up)";
        }

        return new AbiChange(current.Name, kind, @class, previous, current, current.Location, detail);
    }

    // An extensible struct (the kernel's copy_struct_from_user convention) declares its first
    // published size as <TAG>_SIZE_VER0; the kernel accepts every size from there up, so growth
    // beyond a size that was already at least VER0 keeps old binaries working.
    private static bool GrowsExtensibly(RequestModel model, HeaderModel newModel, string arch, uint oldSize, uint newSize)
    {
        if (newSize <= oldSize || ExtensibleMacro(model) is not { } macro)
        {
            return false;
        }

        var value = newModel.Constants.FirstOrDefault(c => c.Name == macro)?.Values.FirstOrDefault(v => v.Arch == arch);
        return value is not null && DataModels.Find(arch) is { } dataModel && !value.Value.IsNegative(dataModel) && oldSize >= value.Value.Raw;
    }

    private static string? ExtensibleMacro(RequestModel model)
    {
        var words = AbiRequest.NormalizeForm(model.SizeType ?? string.Empty).Split(' ');
        return words.Length == 2 && words[0] == "struct" ? words[1].ToUpperInvariant() + "_SIZE_VER0" : null;
    }
}
