using Microsoft.EntityFrameworkCore;
using TthcFlow.Engine.Dossiers.Commands;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Scheduling;
using TthcFlow.Engine.Tasks;
using TthcFlow.Engine.Tests.Persistence;

namespace TthcFlow.Engine.Tests.Scheduling;

/// <summary>
/// The scheduler with the engine's firer: runtime timer bookmarks (Elsa.Delay, Elsa.Timer) of
/// running dossiers fire at their instant through the write pipeline, once in effect, across restarts.
/// </summary>
public sealed class DossierTimerSchedulingTests() : SchedulingWorld(WaitingProcedures.All())
{
    [Theory]
    [InlineData(WaitingProcedures.WithDelay, 150)]
    [InlineData(WaitingProcedures.WithTimer, 45)]
    public async Task A_timer_bookmark_fires_at_its_instant_not_a_minute_before(string procedure, int minutes)
    {
        var pipeline = World.Started();
        // A window longer than the wait: the armed timer enters memory from the pipeline, not from a read.
        var scheduler = Scheduler(pipeline, new SchedulerOptions { Window = TimeSpan.FromHours(6) });
        var dossier = await SignedAsync(pipeline, procedure);
        var armedAt = World.Clock.GetUtcNow();

        World.Clock.Advance(TimeSpan.FromMinutes(minutes - 1));
        await scheduler.WhenCaughtUpAsync();
        var before = await DetailAsync(dossier.Id);
        World.Clock.Advance(TimeSpan.FromMinutes(1));
        await scheduler.WhenCaughtUpAsync();
        var after = await DetailAsync(dossier.Id);

        Assert.Equal(NationalStatus.InProcess, before.Status);
        Assert.Equal(NationalStatus.Processed, after.Status);
        Assert.Equal(armedAt.AddMinutes(minutes), (await AuditAsync(dossier.Id, "TimerFired")).Single().At);
        Assert.Equal(1, scheduler.Statistics.Armed);
        Assert.Equal(0, scheduler.Statistics.Read);
        Assert.Equal(0, TimerRows.Count(World.Contexts));
    }

    [Fact]
    public async Task A_timer_fired_twice_has_one_effect()
    {
        var pipeline = World.Started();
        var dossier = await SignedAsync(pipeline, WaitingProcedures.WithDelay);
        // Two readers of the same row (as two nodes without claims would be), firing into one store.
        var first = Scheduler(pipeline, observe: false);
        var second = Scheduler(pipeline, observe: false);

        World.Clock.Advance(WaitingProcedures.DelayDuration);
        await Task.WhenAll(first.WhenCaughtUpAsync(), second.WhenCaughtUpAsync());

        Assert.Equal(2, first.Statistics.Fired + second.Statistics.Fired);
        Assert.Single(await AuditAsync(dossier.Id, "TimerFired"));
        Assert.Equal(dossier.Version + 1, (await DetailAsync(dossier.Id)).Version);
        Assert.Equal(0, TimerRows.Count(World.Contexts));
    }

    [Fact]
    public async Task Timers_pending_at_shutdown_fire_exactly_once_after_a_restart()
    {
        const int Dossiers = 40;
        var ids = new List<long>();
        await using (var before = World.Pipeline())
        {
            before.Start();
            for (int i = 0; i < Dossiers; i++)
                ids.Add((await SignedAsync(before, i % 2 == 0 ? WaitingProcedures.WithDelay : WaitingProcedures.WithTimer)).Id);
        }
        Assert.Equal(Dossiers, TimerRows.Count(World.Contexts));

        var pipeline = World.Started();
        var scheduler = Scheduler(pipeline);
        World.Clock.Advance(TimeSpan.FromDays(1));
        await scheduler.WhenCaughtUpAsync();
        // A third life of the engine finds nothing left to fire.
        var again = Scheduler(pipeline);
        await again.WhenCaughtUpAsync();

        foreach (long id in ids)
        {
            Assert.Single(await AuditAsync(id, "TimerFired"));
            Assert.Equal(NationalStatus.Processed, (await DetailAsync(id)).Status);
        }
        Assert.Equal(Dossiers, scheduler.Statistics.Read);
        Assert.Equal(0, again.Statistics.Fired);
        Assert.Equal(0, TimerRows.Count(World.Contexts));
    }

    [Fact]
    public async Task A_refused_fire_keeps_its_row_and_is_tried_again_later()
    {
        var pipeline = World.Started();
        var dossier = await SignedAsync(pipeline, WaitingProcedures.WithDelay);
        Assert.Single(await TimersAsync());
        // A row that says "due" a minute before its bookmark: the runtime refuses the early fire.
        await using (var db = World.Db())
            await db.Database.ExecuteSqlRawAsync("UPDATE timers SET DueAt = DueAt - 60000");
        var scheduler = Scheduler(pipeline, new SchedulerOptions { RetryDelay = TimeSpan.FromSeconds(40) });

        World.Clock.Advance(WaitingProcedures.DelayDuration - TimeSpan.FromMinutes(1));
        await scheduler.WhenCaughtUpAsync();
        Assert.Equal(1, scheduler.Statistics.Retried);
        Assert.Single(await TimersAsync());
        World.Clock.Advance(TimeSpan.FromSeconds(40));
        await scheduler.WhenCaughtUpAsync();
        Assert.Equal(2, scheduler.Statistics.Retried);
        World.Clock.Advance(TimeSpan.FromSeconds(80));
        await scheduler.WhenCaughtUpAsync();

        Assert.Equal(NationalStatus.Processed, (await DetailAsync(dossier.Id)).Status);
        Assert.Equal(1, scheduler.Statistics.Fired);
        Assert.Empty(await TimersAsync());
        Assert.Single(await AuditAsync(dossier.Id, "TimerFired"));
    }

    private TimerScheduler Scheduler(CommitPipeline pipeline, SchedulerOptions? options = null, bool observe = true) =>
        Started(new PipelineTimerFirer(pipeline), options, observe ? pipeline : null);

    /// <summary>Files, appraises and signs a dossier of <paramref name="procedure"/>: it then waits on its timer.</summary>
    private async Task<DossierSummary> SignedAsync(CommitPipeline pipeline, string procedure)
    {
        var dossier = (await pipeline.ExecuteAsync(World.BirthRegistration() with { DefinitionId = procedure })).Dossier!;
        foreach (var outcome in new[] { "Approved", "Signed" })
        {
            var task = dossier.ActiveTasks.Single();
            var result = await pipeline.ExecuteAsync(new CompleteTask(task.Id, outcome, null, World.OfficerFor(task)));
            Assert.True(result.Succeeded, result.Error?.Message);
            dossier = result.Dossier!;
        }
        Assert.Empty(dossier.ActiveTasks);
        return dossier;
    }

    private async Task<Dossier> DetailAsync(long id)
    {
        await using var db = World.Db();
        return await db.Set<Dossier>().AsNoTracking().SingleAsync(d => d.Id == id);
    }

    private async Task<List<AuditRecord>> AuditAsync(long id, string action)
    {
        await using var db = World.Db();
        return await db.Set<AuditRecord>().AsNoTracking().Where(a => a.DossierId == id && a.Action == action).ToListAsync();
    }

    private async Task<List<DossierTimer>> TimersAsync()
    {
        await using var db = World.Db();
        return await db.Set<DossierTimer>().AsNoTracking().ToListAsync();
    }
}
