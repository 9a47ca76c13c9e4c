using System.Globalization;
using System.Text;
using Nsfs.Headers.Model;

namespace Nsfs.Headers.Baseline;

/// <summary>
/// The ABI facts of one ioctl request — what a compiled binary depends on: direction kind, type,
/// nr and size per architecture. The form is kept for people to read; it is not compared, so
/// <c>_IOR(NSIO, 0x5, __u64)</c> rewritten as <c>_IOR(NSIO, 5,  __u64)</c> is no change.
/// </summary>
/// <param name="Name">The macro name.</param>
/// <param name="Form">The macro body with white space runs collapsed to one space.</param>
/// <param name="Direction">The direction kind (the same on every architecture).</param>
/// <param name="Type">The type byte.</param>
/// <param name="Number">The nr.</param>
/// <param name="Size">The size on most architectures.</param>
/// <param name="SizeOverrides">The architectures whose size differs from <paramref name="Size"/>.</param>
/// <param name="Values">The encoded value per architecture when read from a header; empty when read from a baseline.</param>
/// <param name="Location">The <c>#define</c> in a header, or the line of a baseline.</param>
public sealed record AbiRequest(
    string Name,
    string Form,
    IoctlDirectionKind Direction,
    uint Type,
    uint Number,
    uint Size,
    EquatableArray<ArchSize> SizeOverrides,
    EquatableArray<ArchRequestValue> Values,
    SourceLocation Location)
{
    /// <summary>The request's facts as evaluated from a header.</summary>
    public static AbiRequest From(RequestModel request)
    {
        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        var values = request.Values;
        // The usual size is the most common one (ties go to the earlier architecture), so only
        // genuinely different architectures need an override line in a baseline.
        var usual = values.GroupBy(v => v.Size).OrderByDescending(g => g.Count()).ThenBy(g => FirstIndex(values, g.Key)).First().Key;
        var overrides = values.Where(v => v.Size != usual).Select(v => new ArchSize(v.Arch, v.Size)).ToEquatableArray();
        var first = values[0];
        return new AbiRequest(request.Name, NormalizeForm(request.Form), first.Direction, first.Type, first.Number, usual, overrides, values, request.Location);
    }

    /// <summary>The size on <paramref name="arch"/>.</summary>
    public uint SizeOn(string arch) => SizeOverrides.FirstOrDefault(o => o.Arch == arch)?.Size ?? Size;

    /// <summary>The encoded value on <paramref name="arch"/>, when known.</summary>
    public uint? ValueOn(string arch) => Values.FirstOrDefault(v => v.Arch == arch)?.Value;

    /// <summary>The facts as a baseline writes them: <c>dir=read type=0xb7 nr=0x06 size=4 size@x86=…</c>.</summary>
    public string FactsText
    {
        get
        {
            var text = new StringBuilder();
            text.Append("dir=").Append(AbiDirections.Name(Direction))
                .Append(string.Format(CultureInfo.InvariantCulture, " type=0x{0:x2} nr=0x{1:x2} size={2}", Type, Number, Size));
            foreach (var o in SizeOverrides)
            {
                text.Append(string.Format(CultureInfo.InvariantCulture, " size@{0}={1}", o.Arch, o.Size));
            }

            return text.ToString();
        }
    }

    /// <summary>Collapses white space so a form fits one tab-separated field and layout edits are not noise.</summary>
    public static string NormalizeForm(string form) =>
        string.Join(" ", (form ?? string.Empty).Split(WhiteSpace, StringSplitOptions.RemoveEmptyEntries));

    private static readonly char[] WhiteSpace = { ' ', '\t', '\r', '\n', '\f', '\v' };

    private static int FirstIndex(EquatableArray<ArchRequestValue> values, uint size)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i].Size == size)
            {
                return i;
            }
        }

        return values.Count;
    }
}
