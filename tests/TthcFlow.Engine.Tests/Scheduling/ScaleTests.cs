using System.Diagnostics;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Scheduling;
using TthcFlow.Engine.Tests.Persistence;
using Xunit.Abstractions;

namespace TthcFlow.Engine.Tests.Scheduling;

/// <summary>
/// The scheduler over many rows: due order, one jump of the clock firing a burst, and a restart
/// with a million pending timers. The firer records what it is handed; the table is the truth.
/// </summary>
public sealed class ScaleTests(ITestOutputHelper output) : SchedulingWorld
{
    [Fact]
    public async Task Timers_spread_over_a_day_fire_in_due_order_and_each_once()
    {
        var start = World.Clock.GetUtcNow();
        var random = new Random(2026);
        var timers = Enumerable.Range(1, 20_000)
            .Select(i => Timer(i, start + TimeSpan.FromMilliseconds(random.NextInt64((long)TimeSpan.FromDays(1).TotalMilliseconds))))
            .ToList();
        TimerRows.Insert(World.Store.ConnectionString, timers);
        var firer = new RecordingFirer();
        var scheduler = Scheduler(firer);

        World.Clock.Advance(TimeSpan.FromHours(12));
        await scheduler.WhenCaughtUpAsync();
        int firstHalf = firer.Fired.Count;
        World.Clock.Advance(TimeSpan.FromHours(12));
        await scheduler.WhenCaughtUpAsync();

        var fired = firer.Fired.ToList();
        Assert.Equal(timers.Count(t => t.DueAt <= start.AddHours(12)), firstHalf);
        Assert.Equal(timers.OrderBy(t => t.DueAt).ThenBy(t => t.DossierId).Select(t => t.DossierId), fired.Select(t => t.DossierId));
        Assert.Equal(0, TimerRows.Count(World.Contexts));
    }

    [Fact]
    public async Task A_hundred_thousand_timers_due_at_one_instant_all_fire_after_one_jump()
    {
        const int Count = 100_000;
        var due = World.Clock.GetUtcNow().AddHours(3);
        TimerRows.Insert(World.Store.ConnectionString, Enumerable.Range(1, Count).Select(i => Timer(i, due)));
        var firer = new RecordingFirer();
        var scheduler = Scheduler(firer);

        World.Clock.Advance(TimeSpan.FromDays(1));
        var watch = Stopwatch.StartNew();
        await scheduler.WhenCaughtUpAsync();
        output.WriteLine($"{Count:N0} fired and removed in {watch.Elapsed.TotalSeconds:F2} s; {scheduler.Statistics}");

        Assert.Equal(Count, firer.Fired.Select(t => t.DossierId).Distinct().Count());
        Assert.Equal(Count, firer.Fired.Count);
        Assert.Equal(0, TimerRows.Count(World.Contexts));
    }

    [Fact]
    public async Task A_million_pending_timers_survive_a_restart_and_fire_once_each()
    {
        const int Count = 1_000_000;
        var start = World.Clock.GetUtcNow();
        // Due over two days, one every ~173 ms: the first life of the engine fires the first day's.
        TimerRows.Insert(World.Store.ConnectionString, Enumerable.Range(1, Count).Select(i => Timer(i, start + TimeSpan.FromTicks(i * 1_728_000L))));
        var firstLife = new RecordingFirer();
        var first = Scheduler(firstLife);
        World.Clock.Advance(TimeSpan.FromDays(1));
        await first.WhenCaughtUpAsync();
        await first.StopAsync();
        long left = TimerRows.Count(World.Contexts);

        var secondLife = new RecordingFirer();
        var second = Scheduler(secondLife);
        World.Clock.Advance(TimeSpan.FromDays(1));
        var watch = Stopwatch.StartNew();
        await second.WhenCaughtUpAsync();
        output.WriteLine($"after the restart, {secondLife.Fired.Count:N0} fired in {watch.Elapsed.TotalSeconds:F2} s; {second.Statistics}");

        var all = firstLife.Fired.Concat(secondLife.Fired).Select(t => t.DossierId).ToList();
        Assert.Equal(Count / 2, firstLife.Fired.Count);
        Assert.Equal(Count - Count / 2, left);
        Assert.Equal(Count, all.Count);
        Assert.Equal(Count, all.Distinct().Count());
        Assert.Equal(0, TimerRows.Count(World.Contexts));
    }

    private static DossierTimer Timer(long dossierId, DateTimeOffset dueAt) =>
        new() { DossierId = dossierId, Purpose = TimerPurpose.Bookmark, Ref = 1, DueAt = dueAt };

    private TimerScheduler Scheduler(RecordingFirer firer) => Started(firer);
}
