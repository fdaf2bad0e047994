using System.Text.Json;

namespace TthcFlow.LoadTest;

/// <summary>
/// <c>dotnet run -c Release --project perf/TthcFlow.LoadTest -- [--dossiers N] [--communes N] [--seed N] [--days N] [--store S] [--output DIR]</c>:
/// replays a province on the real engine and exits 0 when the invariants hold, 1 when they are broken, 2 on bad options.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        LoadOptions options;
        try
        {
            options = LoadOptions.Parse(args);
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 2;
        }
        var (summary, _) = await LoadRun.RunAsync(options, options.Progress ? Console.Out : null);
        Console.WriteLine(JsonSerializer.Serialize(summary with { FiledByProcedure = new Dictionary<string, int>() }, LoadSummary.Json));
        Console.WriteLine($"Report: {Path.GetFullPath(Path.Combine(options.Output, "report.html"))}");
        return summary.InvariantsHold ? 0 : 1;
    }
}
