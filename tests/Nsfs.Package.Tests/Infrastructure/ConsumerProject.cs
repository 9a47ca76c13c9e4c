namespace Nsfs.Package.Tests.Infrastructure;

/// <summary>
/// A fresh application project under the feed's temporary directory that references Nsfs the way
/// a user would: a PackageReference restored from the feed, nothing from the source tree.
/// </summary>
internal sealed class ConsumerProject
{
    private readonly PackedFeed _feed;

    public ConsumerProject(PackedFeed feed, string name, string extraItems = "", string extraProperties = "")
    {
        _feed = feed;
        Name = name;
        Directory = feed.NewDirectory(name);
        File.WriteAllText(Path.Combine(Directory, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
            {extraProperties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Nsfs" Version="{feed.Version}" />
            {extraItems}
              </ItemGroup>
            </Project>
            """);
    }

    public string Name { get; }

    public string Directory { get; }

    public string PathOf(string file) => Path.Combine(Directory, file);

    /// <summary>Writes a file of the project, creating its folders (<c>inc/my/types.h</c>).</summary>
    public ConsumerProject Write(string file, string text)
    {
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(PathOf(file))!);
        File.WriteAllText(PathOf(file), text);
        return this;
    }

    /// <summary>dotnet build; with <paramref name="restore"/> false, the incremental rebuild an IDE or a user's second build does.</summary>
    public ProcessResult Build(bool restore = true) =>
        Command.Dotnet(restore ? ["build"] : ["build", "--no-restore"], Directory, _feed.ConsumerEnvironment);

    /// <summary>Runs the built program.</summary>
    public ProcessResult Run() =>
        Command.Dotnet([Path.Combine(Directory, "bin", "Debug", "net10.0", Name + ".dll")], Directory, _feed.ConsumerEnvironment);
}
