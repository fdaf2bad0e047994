using TthcFlow.Definitions.Model;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Scheduling;
using TthcFlow.Engine.Storage;
using TthcFlow.Engine.Tests.Persistence;

namespace TthcFlow.Engine.Tests.Scheduling;

/// <summary>A <see cref="DossierWorld"/> (SQLite unless told) with schedulers over its store, on its virtual clock; all stopped on dispose.</summary>
public abstract class SchedulingWorld(StoreProvider store, params WorkflowDefinition[] procedures) : IAsyncLifetime
{
    private readonly List<TimerScheduler> _schedulers = [];

    protected SchedulingWorld() : this(StoreProvider.Sqlite)
    {
    }

    protected DossierWorld World { get; } = new(store, procedures);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var scheduler in _schedulers)
            await scheduler.DisposeAsync();
        await World.DisposeAsync();
    }

    /// <summary>A started scheduler reading this store's timers table and firing through <paramref name="firer"/>.</summary>
    protected TimerScheduler Started(ITimerFirer firer, SchedulerOptions? options = null, CommitPipeline? observed = null)
    {
        var scheduler = new TimerScheduler(new SingleNodeTimerClaims(World.Contexts), firer, World.Clock, options);
        observed?.ObserveArmedTimers(scheduler.TimersArmed);
        scheduler.Start();
        _schedulers.Add(scheduler);
        return scheduler;
    }
}
