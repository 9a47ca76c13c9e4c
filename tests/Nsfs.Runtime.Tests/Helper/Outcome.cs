namespace Nsfs.Runtime.Tests.Helper;

/// <summary>Prints "name=ok:value" or "name=ExceptionType:message" lines the tests parse.</summary>
internal static class Outcome
{
    public static void Report(string name, Func<object?> action)
    {
        string text;
        try
        {
            var result = action();
            (result as IDisposable)?.Dispose();
            text = "ok:" + result;
        }
        catch (Exception e)
        {
            text = e.GetType().Name + ":" + e.Message.Replace('\n', ' ');
        }

        Console.WriteLine($"{name}={text}");
    }

    /// <summary>Reports what <paramref name="use"/> makes of what <paramref name="open"/> opens, which is disposed after.</summary>
    public static void Report<T>(string name, Func<T> open, Func<T, object?> use)
        where T : IDisposable =>
        Report(name, () =>
        {
            using var opened = open();
            return use(opened);
        });

    /// <summary>Parses the helper's output into name → outcome.</summary>
    public static Dictionary<string, string> Parse(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(l => l.Contains('=', StringComparison.Ordinal))
            .Select(l => l.Split('=', 2))
            .ToDictionary(p => p[0], p => p[1]);
}
