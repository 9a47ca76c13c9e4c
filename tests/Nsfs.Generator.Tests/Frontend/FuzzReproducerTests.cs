namespace Nsfs.Generator.Tests.Frontend;

/// <summary>
/// Every reproducer the fuzzer (tests/Nsfs.Fuzz) ever found, and the ones the issue that introduced
/// it described, as a regression test: read for all 22 architectures on a compiler-sized stack, it
/// gives only diagnostics located inside a file, never NSFS1999, and finishes (<see cref="Bounded"/>).
/// </summary>
public sealed class FuzzReproducerTests
{
    /// <summary>tests/Nsfs.Fuzz/Reproducers: each file is also a seed of every campaign.</summary>
    public static string Directory => Path.Combine(OraclePaths.RepositoryRoot, "tests", "Nsfs.Fuzz", "Reproducers");

    public static TheoryData<string> Reproducers()
    {
        var data = new TheoryData<string>();
        foreach (var path in System.IO.Directory.GetFiles(Directory, "*.h").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Reproducers))]
    public void A_reproducer_gives_located_diagnostics_only(string file)
    {
        var name = "fuzz/" + file;
        var header = new HeaderText(name, name, File.ReadAllText(Path.Combine(Directory, file)));
        var lines = header.Text.Split('\n').Length;

        var model = Bounded.Run(() => HeaderModelBuilder.Build(header, VendoredHeaders.Provider));

        Assert.DoesNotContain(model.Diagnostics, d => d.Id == DiagnosticIds.InternalError.Code);
        Assert.All(model.Diagnostics, d => Assert.True(
            d.Location.Line >= 1 && d.Location.Column >= 1 && (d.Location.Path != name || d.Location.Line <= lines)
            && (d.Location.Path == name || VendoredHeaders.Provider.Find(d.Location.Path.Replace("<vendored>/", string.Empty, StringComparison.Ordinal)) is not null),
            $"{d} is not located in a file"));
    }

    [Fact]
    public void There_are_reproducers()
    {
        Assert.True(Reproducers().Count >= 10, $"{Directory} lost its reproducers");
    }
}
