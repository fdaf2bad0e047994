using System.Text.Json;

namespace TthcFlow.LoadTest;

/// <summary>
/// <c>dotnet run -c Release --project perf/TthcFlow.LoadTest -- [--dossiers N] [--communes N] [--seed N] [--days N] [--store S] [--output DIR]</c>:
/// replays a province on the real engine (see <see cref="LoadOptions.Parse"/> for the defaults) and exits 0 when the invariants
/// hold, 1 when they are broken, 2 on bad options.
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
        // Ctrl+C or SIGTERM: finish the day in progress, then check and report the days replayed.
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        using var terminate = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, signal =>
        {
            signal.Cancel = true;
            stop.Cancel();
        });
        var (summary, _) = await LoadRun.RunAsync(options, options.Progress ? Console.Out : null, stop.Token);
        Console.WriteLine(JsonSerializer.Serialize(summary with { FiledByProcedure = new Dictionary<string, int>() }, LoadSummary.Json));
        Console.WriteLine($"Report: {Path.GetFullPath(Path.Combine(options.Output, "report.html"))}");
        return summary.InvariantsHold ? 0 : 1;
    }
}
