using Microsoft.EntityFrameworkCore;
using TthcFlow.Engine.Dossiers.Commands;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Scheduling;
using TthcFlow.Engine.Storage;
using TthcFlow.Engine.Tasks;
using TthcFlow.Engine.Tests.Storage;
using TthcFlow.Engine.Tests.Persistence;

namespace TthcFlow.Engine.Tests.Scheduling;

/// <summary>
/// The scheduler with the engine's firer: runtime timer bookmarks (Elsa.Delay, Elsa.Timer) of
/// running dossiers fire at their instant through the write pipeline, once in effect, across restarts.
/// </summary>
public abstract class DossierTimerSchedulingTests(StoreProvider store) : SchedulingWorld(store, WaitingProcedures.All())
{
    [StoreTheory]
    [InlineData(WaitingProcedures.WithDelay, 150)]
    [InlineData(WaitingProcedures.WithTimer, 45)]
    public async Task A_timer_bookmark_fires_at_its_instant_not_a_minute_before(string procedure, int minutes)
    {
        var pipeline = World.Started();
        // A window longer than the wait: the armed timer enters memory from the pipeline, not from a read.
        var (scheduler, fired) = Scheduler(pipeline, new SchedulerOptions { Window = TimeSpan.FromHours(6) });
        await scheduler.WhenCaughtUpAsync();
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
        Assert.Equal(armedAt.AddMinutes(minutes), Assert.Single(fired.Bookmarks).DueAt);
        Assert.True(scheduler.Statistics.Armed >= 1);
        Assert.Equal(0, scheduler.Statistics.Read);
        Assert.Empty(await BookmarkTimersAsync());
    }

    [StoreFact]
    public async Task A_timer_fired_twice_has_one_effect()
    {
        var pipeline = World.Started();
        var dossier = await SignedAsync(pipeline, WaitingProcedures.WithDelay);
        // Two readers that both hold the row in memory before it is due (as two nodes without
        // claims would), firing into one store.
        var window = new SchedulerOptions { Window = TimeSpan.FromHours(6) };
        var (first, firstFired) = Scheduler(pipeline, window, observe: false);
        var (second, secondFired) = Scheduler(pipeline, window, observe: false);
        await Task.WhenAll(first.WhenCaughtUpAsync(), second.WhenCaughtUpAsync());
        Assert.True(first.Statistics.Read >= 1 && second.Statistics.Read >= 1);

        World.Clock.Advance(WaitingProcedures.DelayDuration);
        await Task.WhenAll(first.WhenCaughtUpAsync(), second.WhenCaughtUpAsync());

        Assert.Single(firstFired.Bookmarks);
        Assert.Single(secondFired.Bookmarks);
        Assert.Single(await AuditAsync(dossier.Id, "TimerFired"));
        Assert.Equal(1, await ReturnTasksAsync(dossier.Id));
        Assert.Empty(await BookmarkTimersAsync());
    }

    [StoreFact]
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
        Assert.Equal(Dossiers, (await BookmarkTimersAsync()).Count);

        var pipeline = World.Started();
        var (scheduler, fired) = Scheduler(pipeline);
        World.Clock.Advance(TimeSpan.FromDays(1));
        await scheduler.WhenCaughtUpAsync();
        // A third life of the engine finds no bookmark left to fire.
        var (again, firedAgain) = Scheduler(pipeline);
        await again.WhenCaughtUpAsync();

        foreach (long id in ids)
        {
            Assert.Single(await AuditAsync(id, "TimerFired"));
            Assert.Equal(1, await ReturnTasksAsync(id));
        }
        Assert.Equal(ids.Order(), fired.Bookmarks.Select(t => t.DossierId).Order());
        Assert.Empty(firedAgain.Bookmarks);
        Assert.Empty(await BookmarkTimersAsync());
    }

    [StoreFact]
    public async Task A_refused_fire_keeps_its_row_and_is_tried_again_later()
    {
        var pipeline = World.Started();
        var dossier = await SignedAsync(pipeline, WaitingProcedures.WithDelay);
        Assert.Single(await BookmarkTimersAsync());
        // A row that says "due" a minute before its bookmark: the runtime refuses the early fire.
        await using (var db = World.Db())
            await db.Database.ExecuteSqlRawAsync("""UPDATE timers SET "DueAt" = "DueAt" - 60000 WHERE "Purpose" = 1""");
        var (scheduler, fired) = Scheduler(pipeline, new SchedulerOptions { RetryDelay = TimeSpan.FromSeconds(40) });

        World.Clock.Advance(WaitingProcedures.DelayDuration - TimeSpan.FromMinutes(1));
        await scheduler.WhenCaughtUpAsync();
        Assert.Single(fired.Bookmarks);
        Assert.Single(await BookmarkTimersAsync());
        World.Clock.Advance(TimeSpan.FromSeconds(40));
        await scheduler.WhenCaughtUpAsync();
        Assert.Equal(2, fired.Bookmarks.Count);
        Assert.Equal(NationalStatus.InProcess, (await DetailAsync(dossier.Id)).Status);
        World.Clock.Advance(TimeSpan.FromSeconds(80));
        await scheduler.WhenCaughtUpAsync();

        Assert.Equal(NationalStatus.Processed, (await DetailAsync(dossier.Id)).Status);
        Assert.Equal(3, fired.Bookmarks.Count);
        Assert.True(scheduler.Statistics.Retried >= 2);
        Assert.Empty(await BookmarkTimersAsync());
        Assert.Single(await AuditAsync(dossier.Id, "TimerFired"));
    }

    private (TimerScheduler Scheduler, RecordingFirer Fired) Scheduler(CommitPipeline pipeline, SchedulerOptions? options = null, bool observe = true)
    {
        var recorder = new RecordingFirer(new PipelineTimerFirer(pipeline));
        return (Started(recorder, options, observe ? pipeline : null), recorder);
    }

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

    /// <summary>Rows of runtime timer bookmarks (deadline and appointment timers of the same dossiers left aside).</summary>
    private async Task<List<DossierTimer>> BookmarkTimersAsync()
    {
        await using var db = World.Db();
        return await db.Set<DossierTimer>().AsNoTracking().Where(t => t.Purpose == TimerPurpose.Bookmark).ToListAsync();
    }

    /// <summary>How many return-of-result tasks the dossier has: the effect of its timer, which must happen once.</summary>
    private async Task<int> ReturnTasksAsync(long id)
    {
        await using var db = World.Db();
        return await db.Set<DossierTask>().AsNoTracking().CountAsync(t => t.DossierId == id && t.StepType == "TthcFlow.ReturnResult");
    }

    public sealed class OnSqlite() : DossierTimerSchedulingTests(StoreProvider.Sqlite);

    public sealed class OnPostgreSql() : DossierTimerSchedulingTests(StoreProvider.PostgreSql), IOnPostgreSql;
}
