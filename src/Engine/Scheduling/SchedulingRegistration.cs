using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Storage;

namespace TthcFlow.Engine.Scheduling;

/// <summary>Owns the scheduler's lifetime: starts it after the write pipeline, stops it before (hosted services stop in reverse).</summary>
internal sealed class TimerSchedulerService(TimerScheduler scheduler) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        scheduler.Start();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => scheduler.StopAsync().WaitAsync(cancellationToken);
}

/// <summary>
/// Registers the engine's clock (real or simulated) and the durable scheduler firing through the
/// write pipeline; on a PostgreSQL store its rows are claimed with leases (<see cref="LeasedTimerClaims"/>,
/// so several nodes may share the store), on SQLite the one node owns them (<see cref="SingleNodeTimerClaims"/>).
/// </summary>
public static class SchedulingRegistration
{
    /// <summary>
    /// Called by <see cref="DossierRegistration.AddDossiers"/>. The <see cref="TimeProvider"/>
    /// registered so far stays the clock unless the configuration says <c>clock=simulated</c>,
    /// in which case every service reads a virtual clock instead.
    /// </summary>
    public static IServiceCollection AddScheduling(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(EngineClock)))
            return services;
        var real = services.LastOrDefault(d => d.ServiceType == typeof(TimeProvider) && !d.IsKeyedService);
        if (real is not null)
            services.Remove(real);
        services.AddSingleton(sp =>
        {
            var configuration = sp.GetService<IConfiguration>();
            return EngineClock.From(configuration?[EngineClock.ModeKey], configuration?[EngineClock.StartKey], Resolve(real, sp));
        });
        services.AddSingleton(sp => sp.GetRequiredService<EngineClock>().Time);
        services.TryAddSingleton(new SchedulerOptions());
        services.TryAddSingleton(sp => NodeOptions.From(sp.GetService<IConfiguration>()));
        services.TryAddSingleton<ITimerClaims>(sp => sp.GetService<StoreOptions>()?.Provider == StoreProvider.PostgreSql
            ? new LeasedTimerClaims(sp.GetRequiredService<IDbContextFactory<EngineDbContext>>(), sp.GetRequiredService<NodeOptions>(), sp.GetRequiredService<TimeProvider>())
            : new SingleNodeTimerClaims(sp.GetRequiredService<IDbContextFactory<EngineDbContext>>()));
        services.TryAddSingleton<ITimerFirer>(sp => new PipelineTimerFirer(
            sp.GetRequiredService<CommitPipeline>(), sp.GetService<ILogger<PipelineTimerFirer>>()));
        services.TryAddSingleton(sp =>
        {
            var scheduler = new TimerScheduler(
                sp.GetRequiredService<ITimerClaims>(), sp.GetRequiredService<ITimerFirer>(), sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<SchedulerOptions>(), sp.GetService<ILogger<TimerScheduler>>());
            sp.GetRequiredService<CommitPipeline>().ObserveArmedTimers(scheduler.TimersArmed);
            return scheduler;
        });
        services.AddHostedService<TimerSchedulerService>();
        return services;
    }

    private static TimeProvider Resolve(ServiceDescriptor? real, IServiceProvider services) => real switch
    {
        null => TimeProvider.System,
        { ImplementationInstance: TimeProvider instance } => instance,
        { ImplementationFactory: { } factory } => (TimeProvider)factory(services),
        { ImplementationType: { } type } => (TimeProvider)ActivatorUtilities.CreateInstance(services, type),
        _ => TimeProvider.System,
    };
}
