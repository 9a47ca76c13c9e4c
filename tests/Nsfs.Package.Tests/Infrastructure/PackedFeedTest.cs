namespace Nsfs.Package.Tests.Infrastructure;

/// <summary>
/// A test of what the packed feed delivers. Every such test shares the one <see cref="PackedFeed"/>
/// (its collection runs them one after another) and shows the commands it ran in its output.
/// </summary>
[Collection(PackedFeedDefinition.Name)]
public abstract class PackedFeedTest(PackedFeed feed, ITestOutputHelper output)
{
    /// <summary>The packed Nsfs and Nsfs.Tool, and the folder their consumers are created in.</summary>
    protected PackedFeed Feed { get; } = feed;

    /// <summary>The test's output.</summary>
    protected ITestOutputHelper Output { get; } = output;

    /// <summary>Shows a finished command in the test's output: what ran, how long it took and what it printed.</summary>
    private protected void Show(ProcessResult result) => Output.WriteLine(result.Transcript);
}
