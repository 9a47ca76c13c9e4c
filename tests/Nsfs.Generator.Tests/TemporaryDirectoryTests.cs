namespace Nsfs.Generator.Tests;

/// <summary>
/// A test class whose tests write files: each test gets a fresh directory of its own (xunit creates
/// the class once per test), deleted with everything in it afterwards.
/// </summary>
/// <param name="prefix">The directory name's start, saying which tests made it.</param>
public abstract class TemporaryDirectoryTests(string prefix) : IDisposable
{
    /// <summary>The test's directory.</summary>
    protected string Temp { get; } = Directory.CreateTempSubdirectory(prefix).FullName;

    /// <inheritdoc />
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Writes <paramref name="text"/> to <paramref name="relative"/> under <see cref="Temp"/>, making its folders.</summary>
    /// <returns>The file's full path.</returns>
    protected string Write(string relative, string text)
    {
        var path = Path.Combine(Temp, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Deletes the directory.</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            Directory.Delete(Temp, recursive: true);
        }
    }
}
