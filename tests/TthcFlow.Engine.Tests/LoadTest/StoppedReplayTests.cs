using TthcFlow.Engine.Storage;
using TthcFlow.Engine.Tests.Hosting;
using TthcFlow.Engine.Tests.Storage;
using TthcFlow.LoadTest;

namespace TthcFlow.Engine.Tests.LoadTest;

/// <summary>
/// An operator who stops a long replay (Ctrl+C) still gets its report: the replay ends the day in
/// progress, and the summary, the days file and the invariants cover the days replayed.
/// </summary>
public sealed class StoppedReplayTests
{
    [Fact]
    public async Task A_replay_stopped_after_its_first_day_reports_the_days_it_replayed_with_the_invariants_checked()
    {
        await using var store = TestStore.Create(StoreProvider.Sqlite);
        var output = Directory.CreateTempSubdirectory("tthcflow-stopped-").FullName;
        try
        {
            var options = new LoadOptions
            {
                DossiersPerYear = 15_000, Communes = 12, Seed = 11, Days = 7, FirstDay = TinyProvince.Monday,
                Store = store.ConnectionString, Output = output, Workflows = RepoPaths.Workflows, Progress = true,
            };
            using var stop = new CancellationTokenSource();
            // The progress line appears once the first day is over: that is when the operator presses Ctrl+C.
            var (summary, _) = await LoadRun.RunAsync(options, new StopOnWrite(stop), stop.Token);

            Assert.InRange(summary.Days, 1, 6);
            Assert.True(summary.Dossiers > 0);
            Assert.True(summary.InvariantsHold, string.Join(Environment.NewLine, summary.Violations));
            Assert.Equal(summary.Days + 1, File.ReadAllLines(Path.Combine(output, "days.csv")).Length);
            Assert.True(File.Exists(Path.Combine(output, "report.html")));
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    private sealed class StopOnWrite(CancellationTokenSource stop) : StringWriter
    {
        public override void Write(string? value)
        {
            stop.Cancel();
            base.Write(value);
        }
    }
}
