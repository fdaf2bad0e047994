using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Persistence;

namespace TthcFlow.Engine.Tests.Persistence;

/// <summary>
/// The SQLite write-ahead log stays bounded while readers are always at work (as the scheduler,
/// the portal dispatcher and inboxes keep them in a server): past its limit, the writer empties it.
/// Without the limit the same work leaves it growing — the contrast shows the check can fail.
/// </summary>
public sealed class WalLimitTests(Xunit.Abstractions.ITestOutputHelper output)
{
    [Fact]
    public async Task With_readers_always_at_work_the_log_is_emptied_past_its_limit_instead_of_growing_with_every_page_written()
    {
        var (bounded, emptied) = await LargestLogAsync(limitMb: 1);
        var (unbounded, _) = await LargestLogAsync(limitMb: 100_000);
        output.WriteLine($"largest log: {bounded:N0} bytes with a 1 MB limit (emptied {emptied} times), {unbounded:N0} without");

        Assert.True(emptied > 0, "the writer never emptied the log");
        Assert.True(bounded < 6 << 20, $"the log reached {bounded:N0} bytes with a 1 MB limit");
        Assert.True(unbounded > 2 * bounded, $"without the limit the log reached only {unbounded:N0} bytes (with it {bounded:N0})");
    }

    /// <summary>Files 1,500 dossiers in batches of 50 while two readers query in overlap; returns the log's largest size and how often it was emptied.</summary>
    private static async Task<(long Largest, long Emptied)> LargestLogAsync(int limitMb)
    {
        await using var world = new DossierWorld();
        string log = new SqliteConnectionStringBuilder(world.Store.ConnectionString).DataSource + "-wal";
        var pipeline = world.Started(new PipelineOptions { WalLimitMb = limitMb });
        using var stop = new CancellationTokenSource();
        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await using var db = world.Contexts.CreateDbContext();
                await db.Set<Dossier>().CountAsync();
            }
        })).ToArray();
        long largest = 0;
        for (int round = 0; round < 30; round++)
        {
            var filed = await Task.WhenAll(Enumerable.Range(0, 50).Select(n => pipeline.ExecuteAsync(world.BirthRegistration($"Công dân {round}-{n}"))));
            Assert.All(filed, r => Assert.True(r.Succeeded));
            largest = Math.Max(largest, new FileInfo(log).Length);
        }
        await stop.CancelAsync();
        await Task.WhenAll(readers);
        long emptied = pipeline.Statistics.WalEmptied;
        await pipeline.StopAsync();
        return (largest, emptied);
    }
}
