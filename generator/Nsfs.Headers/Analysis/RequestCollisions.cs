using Nsfs.Headers.Model;

namespace Nsfs.Headers.Analysis;

/// <summary>
/// Requests of one header that truly collide: two different requests with one (type, nr), which
/// the kernel cannot tell apart where it dispatches on those. Three kinds of shared (type, nr) are
/// the kernel's own doing and not collisions: an alias (the same value on every architecture,
/// <c>#define B A</c>); a compat pair (same direction, one size following the word size, like
/// <c>FS_IOC32_GETFLAGS</c> with <c>int</c> and <c>FS_IOC_GETFLAGS</c> with <c>long</c>, which are
/// the same request on 32-bit architectures); and direction variants of one request (the same
/// argument size, read and write bits differing, like OSS's <c>SOUND_PCM_READ_RATE</c> and
/// <c>SNDCTL_DSP_SPEED</c>). What is left differs in its argument: two requests on one number, as
/// in 6.11's merge of <c>NS_GET_MNTNS_ID _IO(NSIO, 0x5)</c> with <c>NS_GET_PID_FROM_PIDNS _IOR(NSIO, 0x5, int)</c>.
/// </summary>
public static class RequestCollisions
{
    /// <summary>
    /// Each group of requests sharing a (type, nr) in which two collide, holding only the requests
    /// that collide with another, in header order within and between groups.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<RequestModel>> Find(IEnumerable<RequestModel> requests) =>
        requests.Where(r => r.Values.Count > 0)
            .GroupBy(r => (r.Values[0].Type, r.Values[0].Number))
            .Select(g => (IReadOnlyList<RequestModel>)g.Where(r => g.Any(other => !ReferenceEquals(other, r) && !Related(r, other))).ToList())
            .Where(g => g.Count > 1)
            .ToList();

    /// <summary>Whether two requests sharing a (type, nr) are an alias, a compat pair or direction variants rather than a collision.</summary>
    public static bool Related(RequestModel first, RequestModel second)
    {
        bool Everywhere(System.Func<ArchRequestValue, ArchRequestValue, bool> same) =>
            first.Values.Count == second.Values.Count && first.Values.Zip(second.Values, same).All(s => s);

        var compat = (first.SizeFollowsDataModel || second.SizeFollowsDataModel) && Everywhere((a, b) => a.Direction == b.Direction);
        return compat || Everywhere((a, b) => a.Size == b.Size);
    }
}
