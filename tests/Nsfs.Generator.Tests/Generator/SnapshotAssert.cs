using System.Text;
using System.Text.RegularExpressions;

namespace Nsfs.Generator.Tests.Generator;

/// <summary>
/// Compares text with a committed <c>Snapshots/{name}.verified.cs</c> in this folder of the source tree. On a
/// mismatch it writes <c>{name}.received.cs</c> (git-ignored) and fails with a line diff. Set
/// <c>NSFS_ACCEPT_SNAPSHOTS=1</c> to accept the received text instead — never honoured on CI.
/// </summary>
internal static partial class SnapshotAssert
{
    // The source tree comes from the build-time repository root, not [CallerFilePath]: deterministic
    // CI builds map source paths to "/_/".
    private static readonly string Folder =
        Path.Combine(Oracle.OraclePaths.RepositoryRoot, "tests", "Nsfs.Generator.Tests", "Generator", "Snapshots");

    public static void Matches(string name, string actual)
    {
        var folder = Folder;
        var verified = Path.Combine(folder, name + ".verified.cs");
        var received = Path.Combine(folder, name + ".received.cs");
        var text = Scrub(actual);
        var accept = Environment.GetEnvironmentVariable("NSFS_ACCEPT_SNAPSHOTS") == "1" && Environment.GetEnvironmentVariable("CI") != "true";
        var expected = File.Exists(verified) ? File.ReadAllText(verified) : null;
        if (expected == text)
        {
            File.Delete(received);
            return;
        }

        if (accept)
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(verified, text, new UTF8Encoding(false));
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, text, new UTF8Encoding(false));
        Assert.Fail(expected is null
            ? $"No snapshot {verified}. Review {received} and accept it with NSFS_ACCEPT_SNAPSHOTS=1."
            : $"Snapshot {verified} differs (received: {received}):\n{Diff(expected, text)}");
    }

    // The generator's version changes every release; snapshots should not.
    private static string Scrub(string text) =>
        VersionPattern().Replace(text.Replace("\r\n", "\n"), "GeneratedCode(\"Nsfs.Generator\", \"VERSION\")").TrimEnd() + "\n";

    private static string Diff(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var report = new StringBuilder();
        var shown = 0;
        for (var i = 0; i < Math.Max(a.Length, b.Length) && shown < 40; i++)
        {
            var left = i < a.Length ? a[i] : "<end>";
            var right = i < b.Length ? b[i] : "<end>";
            if (left != right)
            {
                report.Append("line ").Append(i + 1).Append(":\n  - ").Append(left).Append("\n  + ").Append(right).Append('\n');
                shown++;
            }
        }

        return report.ToString();
    }

    [GeneratedRegex("GeneratedCode\\(\"Nsfs\\.Generator\", \"[^\"]*\"\\)")]
    private static partial Regex VersionPattern();
}
