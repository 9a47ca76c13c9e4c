using Nsfs.Headers.Model;

namespace Nsfs.Headers.Baseline;

/// <summary>
/// The spelling of a direction kind in baselines and diff output. The kind, not the encoded dir
/// bits, is the ABI fact: alpha, mips, powerpc, sparc and parisc encode the same kind differently.
/// </summary>
public static class AbiDirections
{
    /// <summary><c>none</c>, <c>read</c>, <c>write</c> or <c>readwrite</c>.</summary>
    public static string Name(IoctlDirectionKind direction) => direction switch
    {
        IoctlDirectionKind.Read => "read",
        IoctlDirectionKind.Write => "write",
        IoctlDirectionKind.ReadWrite => "readwrite",
        _ => "none",
    };

    /// <summary>Reads a name written by <see cref="Name"/>.</summary>
    public static bool TryParse(string text, out IoctlDirectionKind direction)
    {
        foreach (IoctlDirectionKind candidate in Enum.GetValues(typeof(IoctlDirectionKind)))
        {
            if (string.Equals(Name(candidate), text, StringComparison.Ordinal))
            {
                direction = candidate;
                return true;
            }
        }

        direction = IoctlDirectionKind.None;
        return false;
    }
}
