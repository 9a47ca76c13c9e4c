using System.Collections.Generic;
using System.Linq;
using Nsfs.Headers.Model;

namespace Nsfs.Headers.Analysis;

/// <summary>
/// Requests of one header that share a (type, nr): the kernel dispatches on those, so such
/// requests are indistinguishable even when their direction or size bits differ.
/// </summary>
public static class RequestCollisions
{
    /// <summary>Each group of two or more colliding requests, in header order within and between groups.</summary>
    public static IReadOnlyList<IReadOnlyList<RequestModel>> Find(IEnumerable<RequestModel> requests) =>
        requests.Where(r => r.Values.Count > 0)
            .GroupBy(r => (r.Values[0].Type, r.Values[0].Number))
            .Where(g => g.Count() > 1)
            .Select(g => (IReadOnlyList<RequestModel>)g.ToList())
            .ToList();
}
