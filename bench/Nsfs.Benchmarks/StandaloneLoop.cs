using System.Globalization;

namespace Nsfs.Benchmarks;

/// <summary>Reads bench/c/loop_main.c's output: "name TAB ns/op TAB iterations TAB answer" per line.</summary>
internal static class StandaloneLoop
{
    public static Dictionary<string, double> Read(string path)
    {
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(path).Where(l => l.Length > 0))
        {
            string[] fields = line.Split('\t');
            if (fields.Length != 4)
            {
                throw new InvalidDataException($"{path}: expected 4 tab-separated fields, got '{line}'.");
            }

            result[fields[0]] = double.Parse(fields[1], NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        return result;
    }
}
