using System.Globalization;
using System.Text.RegularExpressions;

namespace Nsfs.Generator.Tests.Frontend;

/// <summary>
/// An architecture's <c>_IOC</c> bit layout and direction values, read from the vendored
/// <c>arch/&lt;arch&gt;/asm/ioctl.h</c> with regular expressions — an independent reading for the
/// architectures clang cannot compile for, never the front end under test.
/// </summary>
public sealed partial record IoctlParameters(int NrBits, int TypeBits, int SizeBits, int DirBits, uint None, uint Read, uint Write)
{
    private static readonly string[] Names =
        ["_IOC_NRBITS", "_IOC_TYPEBITS", "_IOC_SIZEBITS", "_IOC_DIRBITS", "_IOC_NONE", "_IOC_READ", "_IOC_WRITE"];

    /// <summary>The bit position of the type field.</summary>
    public int TypeShift => NrBits;

    /// <summary>The bit position of the size field.</summary>
    public int SizeShift => TypeShift + TypeBits;

    /// <summary>The bit position of the direction field.</summary>
    public int DirShift => SizeShift + SizeBits;

    /// <summary>Reads the parameters that apply to <paramref name="kernelArch"/> (a folder of headers/arch).</summary>
    /// <exception cref="InvalidDataException">A parameter is not defined, or the shifts are not the kernel's chained layout.</exception>
    public static IoctlParameters ReadArch(string kernelArch)
    {
        var own = File.ReadAllText(Path.Combine(OraclePaths.HeadersRoot, "arch", kernelArch, "asm", "ioctl.h"));
        var values = Defines(own);
        var shiftSource = own;

        // An architecture that includes asm-generic/ioctl.h sets what it overrides first; the generic
        // header then defines only what is still missing (its overridable values are all #ifndef-guarded).
        if (IncludesGeneric().IsMatch(own))
        {
            var generic = File.ReadAllText(Path.Combine(OraclePaths.HeadersRoot, "asm-generic", "ioctl.h"));
            foreach (var (name, value) in Defines(generic))
            {
                values.TryAdd(name, value);
            }

            shiftSource = ShiftDefinition().IsMatch(own) ? own : generic;
        }

        // The encoding below assumes NR, TYPE, SIZE, DIR packed upwards from bit 0, as every Linux
        // ioctl.h writes it; check the header says so rather than assume it.
        var shifts = ShiftDefinition().Matches(shiftSource).Select(m => m.Groups["name"].Value + "=" + Regex.Replace(m.Groups["value"].Value, @"\s", string.Empty)).ToHashSet(StringComparer.Ordinal);
        string[] chained = ["NR=0", "TYPE=(_IOC_NRSHIFT+_IOC_NRBITS)", "SIZE=(_IOC_TYPESHIFT+_IOC_TYPEBITS)", "DIR=(_IOC_SIZESHIFT+_IOC_SIZEBITS)"];
        if (!chained.All(shifts.Contains))
        {
            throw new InvalidDataException($"{kernelArch}: the _IOC shifts are not the chained layout: {string.Join(", ", shifts)}");
        }

        var missing = Names.Where(n => !values.ContainsKey(n)).ToArray();
        if (missing.Length > 0)
        {
            throw new InvalidDataException($"{kernelArch}: {string.Join(", ", missing)} not defined");
        }

        return new IoctlParameters((int)values["_IOC_NRBITS"], (int)values["_IOC_TYPEBITS"], (int)values["_IOC_SIZEBITS"],
            (int)values["_IOC_DIRBITS"], values["_IOC_NONE"], values["_IOC_READ"], values["_IOC_WRITE"]);
    }

    /// <summary>The request number <c>_IOC(dir, type, nr, size)</c> gives.</summary>
    public uint Encode(IoctlDirectionKind direction, uint type, uint nr, uint size)
    {
        var dir = direction switch
        {
            IoctlDirectionKind.None => None,
            IoctlDirectionKind.Read => Read,
            IoctlDirectionKind.Write => Write,
            _ => Read | Write,
        };
        return (dir << DirShift) | (type << TypeShift) | nr | (size << SizeShift);
    }

    /// <summary>True when every field fits its bit width.</summary>
    public bool Fits(uint type, uint nr, uint size) => nr < 1u << NrBits && type < 1u << TypeBits && size < 1u << SizeBits;

    private static Dictionary<string, uint> Defines(string text)
    {
        var result = new Dictionary<string, uint>(StringComparer.Ordinal);
        foreach (Match match in NumericDefine().Matches(text))
        {
            result.TryAdd(match.Groups["name"].Value, uint.Parse(match.Groups["value"].Value, CultureInfo.InvariantCulture));
        }

        return result;
    }

    [GeneratedRegex(@"^[ \t]*#[ \t]*define[ \t]+(?<name>_IOC_(?:NRBITS|TYPEBITS|SIZEBITS|DIRBITS|NONE|READ|WRITE))[ \t]+(?<value>\d+)U?\b", RegexOptions.Multiline)]
    private static partial Regex NumericDefine();

    [GeneratedRegex(@"^[ \t]*#[ \t]*define[ \t]+_IOC_(?<name>NR|TYPE|SIZE|DIR)SHIFT[ \t]+(?<value>[^\n]*?)[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex ShiftDefinition();

    [GeneratedRegex(@"^[ \t]*#[ \t]*include[ \t]+<asm-generic/ioctl\.h>", RegexOptions.Multiline)]
    private static partial Regex IncludesGeneric();
}
