using Microsoft.Extensions.DependencyInjection.Extensions;
using TthcFlow.Definitions.Calendar;
using TthcFlow.Definitions.Organisation;
using TthcFlow.Engine.Dossiers.Procedures;
using TthcFlow.Engine.Dossiers.Queries;
using TthcFlow.Engine.Runtime;
using TthcFlow.Engine.Apologies;
using TthcFlow.Engine.Notifications;
using TthcFlow.Engine.Scheduling;

namespace TthcFlow.Engine.Persistence;

/// <summary>Owns the write pipeline's lifetime: opens it at start-up (after the store is migrated), drains it at shutdown.</summary>
internal sealed class CommitPipelineService(CommitPipeline pipeline) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        pipeline.Start();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => pipeline.StopAsync().WaitAsync(cancellationToken);
}

/// <summary>Registers dossiers: the runtime adapter, the write pipeline and its hosted service, the inbox, dossier, notification and apology queries, the clock and the durable scheduler.</summary>
public static class DossierRegistration
{
    /// <summary>
    /// Call after the store is registered (its initializer must run first, so the schema exists
    /// when the pipeline opens). Needs the organisation model and the working calendar as singletons.
    /// </summary>
    public static IServiceCollection AddDossiers(this IServiceCollection services)
    {
        services.TryAddSingleton(new DossierOptions());
        services.TryAddSingleton(new PipelineOptions());
        services.TryAddSingleton(new RunnerOptions());
        services.TryAddSingleton<IProcedureDefinitions, StoredProcedureDefinitions>();
        services.TryAddSingleton(sp => new WorkflowRunner(sp.GetRequiredService<RunnerOptions>()));
        services.TryAddSingleton<IProcedureRuntime, WorkflowProcedureRuntime>();
        services.TryAddSingleton(sp => new DossierEnvironment(
            sp.GetRequiredService<IProcedureRuntime>(),
            sp.GetRequiredService<OrganisationModel>(),
            sp.GetRequiredService<WorkingCalendar>(),
            sp.GetRequiredService<DossierOptions>()));
        services.TryAddSingleton<CommitPipeline>();
        services.AddHostedService<CommitPipelineService>();
        services.TryAddSingleton<InboxQueries>();
        services.TryAddSingleton<DossierQueries>();
        services.TryAddSingleton<NotificationQueries>();
        services.TryAddSingleton<ApologyQueries>();
        services.AddScheduling();
        return services;
    }
}
