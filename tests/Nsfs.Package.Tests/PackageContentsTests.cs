using System.Reflection.Metadata;
using System.Xml.Linq;

namespace Nsfs.Package.Tests;

/// <summary>The packed files, exactly: a file that appears or disappears is a change to review.</summary>
public sealed class PackageContentsTests(PackedFeed feed, ITestOutputHelper output) : PackedFeedTest(feed, output)
{
    [Fact]
    public void Nsfs_package_holds_the_library_the_roslyn_components_and_the_msbuild_files()
    {
        foreach (var (project, elapsed) in Feed.PackTimes)
        {
            Output.WriteLine($"dotnet pack {project}: {elapsed.TotalSeconds:F1} s");
        }

        Assert.Equal(
        [
            "LICENSE",
            "Nsfs.nuspec",
            "README.md",
            "THIRD-PARTY-NOTICES.md",
            "analyzers/dotnet/cs/Nsfs.Analyzers.dll",
            "analyzers/dotnet/cs/Nsfs.CodeFixes.dll",
            "analyzers/dotnet/cs/Nsfs.Generator.dll",
            "analyzers/dotnet/cs/Nsfs.Headers.dll",
            "buildTransitive/Nsfs.props",
            "buildTransitive/Nsfs.targets",
            "lib/net8.0/Nsfs.dll",
            "lib/net8.0/Nsfs.xml",
        ], PackageFiles.List(Feed.PackagePath("Nsfs")));
    }

    [Fact]
    public void Nsfs_symbol_package_holds_the_portable_pdb_with_the_generated_sources_embedded()
    {
        var snupkg = Feed.SymbolPackagePath("Nsfs");
        Assert.Equal(["Nsfs.nuspec", "lib/net8.0/Nsfs.pdb"], PackageFiles.List(snupkg));
        Assert.Equal("SymbolsPackage", PackageFiles.Nuspec(snupkg).Descendants().Single(e => e.Name.LocalName == "packageType").Attribute("name")!.Value);

        using var pdb = MetadataReaderProvider.FromPortablePdbStream(new MemoryStream(PackageFiles.Bytes(snupkg, "lib/net8.0/Nsfs.pdb")));
        var reader = pdb.GetMetadataReader();
        var embedded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var handle in reader.CustomDebugInformation)
        {
            var information = reader.GetCustomDebugInformation(handle);
            if (reader.GetGuid(information.Kind) == EmbeddedSourceKind && information.Parent.Kind == HandleKind.Document)
            {
                embedded.Add(Path.GetFileName(reader.GetString(reader.GetDocument((DocumentHandle)information.Parent).Name)));
            }
        }

        // The generator's output exists in no repository, so a debugger can only get it from the PDB.
        Assert.Superset(new HashSet<string>(["LinuxNsfs.g.cs", "LinuxPidfd.g.cs", "LinuxSched.g.cs", "SyscallConstants.g.cs"]), embedded);
    }

    [Fact]
    public void Nsfs_nuspec_has_licences_repository_readme_and_is_not_a_development_dependency()
    {
        var metadata = Metadata(Feed.PackagePath("Nsfs"));

        Assert.Equal("Nsfs", Value(metadata, "id"));
        Assert.Equal(Feed.Version, Value(metadata, "version"));
        var license = metadata.Element(metadata.Name.Namespace + "license")!;
        Assert.Equal("expression", license.Attribute("type")!.Value);
        Assert.Equal("MIT AND GPL-2.0-only WITH Linux-syscall-note", license.Value);
        Assert.Equal("README.md", Value(metadata, "readme"));
        var repository = metadata.Element(metadata.Name.Namespace + "repository")!;
        Assert.Equal("git", repository.Attribute("type")!.Value);
        Assert.Equal(Repository.Url, repository.Attribute("url")!.Value);
        Assert.Equal(Repository.Url, Value(metadata, "projectUrl"));
        // Consumers need lib/Nsfs.dll at run time: a development dependency would hide it from
        // everything that references the consumer.
        Assert.Null(metadata.Element(metadata.Name.Namespace + "developmentDependency"));
        // The generator and the header front end are inside the package, not dependencies of it.
        var groups = metadata.Element(metadata.Name.Namespace + "dependencies")!.Elements().ToArray();
        Assert.Equal("net8.0", Assert.Single(groups).Attribute("targetFramework")!.Value);
        Assert.Empty(groups[0].Elements());
    }

    [Fact]
    public void Tool_package_is_a_dotnet_tool_named_nsfs()
    {
        Assert.Equal(
        [
            "LICENSE",
            "Nsfs.Tool.nuspec",
            "README.md",
            "THIRD-PARTY-NOTICES.md",
            "tools/net10.0/any/DotnetToolSettings.xml",
            "tools/net10.0/any/Nsfs.Cli.deps.json",
            "tools/net10.0/any/Nsfs.Cli.dll",
            "tools/net10.0/any/Nsfs.Cli.pdb",
            "tools/net10.0/any/Nsfs.Cli.runtimeconfig.json",
            "tools/net10.0/any/Nsfs.Headers.dll",
            "tools/net10.0/any/Nsfs.Headers.pdb",
            "tools/net10.0/any/Nsfs.Headers.xml",
            "tools/net10.0/any/Nsfs.dll",
            "tools/net10.0/any/Nsfs.pdb",
            "tools/net10.0/any/Nsfs.xml",
            "tools/net10.0/any/System.CommandLine.dll",
        ], PackageFiles.List(Feed.PackagePath("Nsfs.Tool")));

        var metadata = Metadata(Feed.PackagePath("Nsfs.Tool"));
        Assert.Equal("DotnetTool", metadata.Element(metadata.Name.Namespace + "packageTypes")!.Elements().Single().Attribute("name")!.Value);
        Assert.Equal("MIT AND GPL-2.0-only WITH Linux-syscall-note", Value(metadata, "license"));

        var command = XElement.Parse(PackageFiles.Text(Feed.PackagePath("Nsfs.Tool"), "tools/net10.0/any/DotnetToolSettings.xml"))
            .Descendants("Command").Single();
        Assert.Equal("nsfs", command.Attribute("Name")!.Value);
        Assert.Equal("Nsfs.Cli.dll", command.Attribute("EntryPoint")!.Value);
    }

    // The Portable PDB custom debug information kind of an embedded source (EmbeddedSource).
    private static readonly Guid EmbeddedSourceKind = new("0E8A571B-6926-466E-B4AD-8AB04611F5FE");

    private static XElement Metadata(string nupkg)
    {
        var nuspec = PackageFiles.Nuspec(nupkg);
        return nuspec.Element(nuspec.Name.Namespace + "metadata")!;
    }

    private static string Value(XElement metadata, string name) => metadata.Element(metadata.Name.Namespace + name)!.Value;
}
