using System;
using System.Collections.Generic;
using System.Linq;
using Nsfs.Headers.Sources;
using Nsfs.Headers.Types;

namespace Nsfs.Headers.Preprocessing;

/// <summary>
/// Resolves <c>#include</c> names the way the kernel's installed uapi tree does for one architecture:
/// <c>asm/X</c> is the architecture's own <c>arch/&lt;arch&gt;/asm/X</c>, else (for files the kernel
/// wraps) <c>asm-generic/X</c>; headers that only carry integer-type facts are satisfied by the data model.
/// </summary>
public sealed class IncludeResolver
{
    /// <summary>Headers whose whole content is the data model's integer types and __BITS_PER_LONG.</summary>
    public static readonly IReadOnlyCollection<string> DataModelHeaders = new HashSet<string>(StringComparer.Ordinal)
    {
        "asm/types.h", "asm/bitsperlong.h", "asm/posix_types.h", "linux/posix_types.h",
        "asm-generic/types.h", "asm-generic/bitsperlong.h", "asm-generic/posix_types.h", "asm-generic/int-l64.h",
    };

    private readonly IHeaderProvider _headers;
    private readonly DataModel _model;

    /// <summary>Creates a resolver over include roots for one architecture.</summary>
    public IncludeResolver(IHeaderProvider headers, DataModel model)
    {
        _headers = headers;
        _model = model;
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

    /// <summary>Resolves an include written in <paramref name="includer"/>.</summary>
    public Outcome Resolve(string name, bool quoted, string includer, out HeaderText? header)
    {
        name = InMemoryHeaders.Normalize(name);
        header = null;
        if (quoted)
        {
            var slash = includer.LastIndexOf('/');
            if (slash >= 0 && (header = _headers.Find(includer.Substring(0, slash + 1) + name)) is not null)
            {
                return Outcome.Found;
            }
        }

        if (name.StartsWith("asm/", StringComparison.Ordinal))
        {
            var file = name.Substring(4);
            header = _headers.Find($"arch/{_model.KernelArch}/asm/{file}");
            if (header is null && _model.GenericAsmHeaders.Contains(file))
            {
                header = _headers.Find("asm-generic/" + file);
            }
        }
        else
        {
            header = _headers.Find(name);
        }

        if (header is not null)
        {
            return Outcome.Found;
        }

        return DataModelHeaders.Contains(name) ? Outcome.DataModel : Outcome.Missing;
    }
}
