using Nsfs.Headers.Sources;
using Nsfs.Headers.Types;

namespace Nsfs.Headers.Preprocessing;

/// <summary>
/// Resolves <c>#include</c> names for one architecture the way a C compiler given that
/// architecture's include roots would: a quoted name next to the including file first; then the
/// roots given for this architecture alone; then the common roots, where <c>asm/X</c> is looked up
/// in the usual layouts of a multi-architecture tree (<see cref="ArchitectureLayouts"/>), else (for
/// files the kernel wraps) <c>asm-generic/X</c>. Headers that only carry integer-type facts are
/// satisfied by the data model.
/// </summary>
public sealed class IncludeResolver
{
    /// <summary>Headers whose whole content is the data model's integer types and __BITS_PER_LONG.</summary>
    public static readonly IReadOnlyCollection<string> DataModelHeaders = new HashSet<string>(StringComparer.Ordinal)
    {
        "asm/types.h", "asm/bitsperlong.h", "asm/posix_types.h", "linux/posix_types.h",
        "asm-generic/types.h", "asm-generic/bitsperlong.h", "asm-generic/posix_types.h", "asm-generic/int-l64.h",
    };

    /// <summary>
    /// Where an include root holding every architecture keeps one architecture's <c>asm/</c> folder,
    /// <c>{0}</c> being the kernel's <c>arch/</c> name: the vendored and installed layout
    /// (<c>arch/x86/asm</c>), a kernel source tree (<c>arch/x86/include/uapi/asm</c> and its generated
    /// twin), and per-architecture install folders (<c>asm-x86/asm</c>, or the older <c>asm-x86</c>).
    /// </summary>
    public static readonly IReadOnlyList<string> ArchitectureLayouts = new[]
    {
        "arch/{0}/asm/", "arch/{0}/include/uapi/asm/", "arch/{0}/include/generated/uapi/asm/", "asm-{0}/asm/", "asm-{0}/",
    };

    private readonly IHeaderProvider _headers;
    private readonly IHeaderProvider? _architectureHeaders;
    private readonly DataModel _model;

    /// <summary>Creates a resolver over include roots for one architecture.</summary>
    /// <param name="headers">The include roots of every architecture.</param>
    /// <param name="model">The architecture's data model.</param>
    /// <param name="architectureHeaders">Include roots of this architecture alone, searched first (a folder holding <c>asm/</c>).</param>
    public IncludeResolver(IHeaderProvider headers, DataModel model, IHeaderProvider? architectureHeaders = null)
    {
        _headers = headers;
        _model = model;
        _architectureHeaders = architectureHeaders;
    }

    /// <summary>The outcome of resolving one include.</summary>
    public enum Outcome
    {
        /// <summary>A header was found.</summary>
        Found,
        /// <summary>The data model provides what the header would.</summary>
        DataModel,
        /// <summary>Nothing found.</summary>
        Missing,
    }

    /// <summary>Resolves an include written in <paramref name="includer"/> (an include name; empty for a prelude).</summary>
    public Outcome Resolve(string name, bool quoted, string includer, out HeaderText? header)
    {
        name = InMemoryHeaders.Normalize(name);
        header = (quoted ? NextTo(includer, name) : null) ?? _architectureHeaders?.Find(name) ?? FindCommon(name);
        if (header is not null)
        {
            return Outcome.Found;
        }

        return DataModelHeaders.Contains(name) ? Outcome.DataModel : Outcome.Missing;
    }

    // A quoted include is looked for in the including file's own folder first, "../" included.
    private HeaderText? NextTo(string includer, string name)
    {
        var slash = includer.LastIndexOf('/');
        var joined = IncludeNames.Lexical(slash < 0 ? name : includer.Substring(0, slash + 1) + name);
        return joined.StartsWith("../", StringComparison.Ordinal) || joined.StartsWith("/", StringComparison.Ordinal) || joined == ".."
            ? null
            : _architectureHeaders?.Find(joined) ?? _headers.Find(joined);
    }

    private HeaderText? FindCommon(string name)
    {
        if (!name.StartsWith("asm/", StringComparison.Ordinal))
        {
            return _headers.Find(name);
        }

        var file = name.Substring(4);
        foreach (var layout in ArchitectureLayouts)
        {
            if (_headers.Find(string.Format(System.Globalization.CultureInfo.InvariantCulture, layout, _model.KernelArch) + file) is { } found)
            {
                return found;
            }
        }

        return _model.GenericAsmHeaders.Contains(file) ? _headers.Find("asm-generic/" + file) : null;
    }
}
