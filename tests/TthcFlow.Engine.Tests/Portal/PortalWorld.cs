using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Portal;
using TthcFlow.Engine.Reports;
using TthcFlow.Engine.Storage;
using TthcFlow.Engine.Tasks;
using TthcFlow.Engine.Tests.Persistence;

namespace TthcFlow.Engine.Tests.Portal;

/// <summary>
/// Dossiers in a store of their own (<see cref="DossierWorld"/>), a fake portal on loopback, and
/// dispatchers over them on the world's virtual clock, observed so backoff waits can be fired.
/// </summary>
public sealed class PortalWorld : IAsyncDisposable
{
    private readonly HttpClient _http = new() { Timeout = Timeout.InfiniteTimeSpan };

    private PortalWorld(DossierWorld dossiers, FakePortal portal)
    {
        Dossiers = dossiers;
        Portal = portal;
        Clock = new ObservedClock(dossiers.Clock);
        Outbox = new PortalOutbox(dossiers.Contexts, Clock);
    }

    public static async Task<PortalWorld> StartAsync(StoreProvider store) => new(new DossierWorld(store), await FakePortal.StartAsync());

    public DossierWorld Dossiers { get; }
    public FakePortal Portal { get; }
    public ObservedClock Clock { get; }
    public PortalOutbox Outbox { get; }

    /// <summary>Short waits so a test's virtual clock moves little; a real-time attempt timeout generous enough for a loaded machine.</summary>
    public PortalOptions Options(int maxAttempts = 4, int parallelism = 4) => new()
    {
        Endpoint = Portal.Endpoint,
        MaxAttempts = maxAttempts,
        Parallelism = parallelism,
        FirstRetryDelay = TimeSpan.FromSeconds(1),
        MaxRetryDelay = TimeSpan.FromSeconds(8),
        AttemptTimeout = TimeSpan.FromSeconds(20),
        Lease = TimeSpan.FromMinutes(1),
    };

    public PortalClient Client(PortalOptions options) => new(_http, options);

    public PortalDispatcher Dispatcher(PortalOptions options, TimeProvider? polls = null) =>
        new(Outbox, () => Client(options), Clock, options, NullLogger<PortalDispatcher>.Instance, polls);

    /// <summary>Sends everything due, firing each backoff wait as soon as the dispatcher starts it.</summary>
    public Task DrainAsync(PortalDispatcher dispatcher) => Clock.RunAsync(dispatcher.DispatchDueAsync(), TimeSpan.FromSeconds(8));

    /// <summary>Files birth registrations and walks each to its return (7 versions each) or leaves it at <paramref name="steps"/> steps.</summary>
    public async Task<IReadOnlyList<DossierSummary>> FileAsync(int count, int steps = 3)
    {
        var pipeline = Dossiers.Started();
        var filed = new List<DossierSummary>();
        for (int i = 0; i < count; i++)
        {
            var dossier = (await pipeline.ExecuteAsync(Dossiers.BirthRegistration($"Công dân {i}"))).Dossier!;
            foreach (var outcome in Outcomes.Take(steps))
                dossier = await StepAsync(pipeline, dossier, outcome);
            filed.Add(dossier);
        }
        await pipeline.StopAsync();
        return filed;
    }

    /// <summary>Takes a dossier filed with <paramref name="done"/> steps one step further (new versions, new status messages).</summary>
    public async Task<DossierSummary> NextStepAsync(DossierSummary dossier, int done)
    {
        var pipeline = Dossiers.Started();
        dossier = await StepAsync(pipeline, dossier, Outcomes[done]);
        await pipeline.StopAsync();
        return dossier;
    }

    private static readonly string[] Outcomes = ["Approved", "Signed", "Done"];

    private async Task<DossierSummary> StepAsync(CommitPipeline pipeline, DossierSummary dossier, string outcome)
    {
        var task = dossier.ActiveTasks.Single();
        Dossiers.Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.True((await pipeline.ExecuteAsync(new ClaimTask(task.Id, Dossiers.OfficerFor(task)))).Succeeded);
        return (await pipeline.ExecuteAsync(new CompleteTask(task.Id, outcome, null, Dossiers.OfficerFor(task)))).Dossier!;
    }

    /// <summary>A dossier's status messages, by version.</summary>
    public async Task<List<OutboxMessage>> MessagesAsync(long dossierId)
    {
        await using var db = Dossiers.Db();
        return await db.Set<OutboxMessage>().AsNoTracking().Where(o => o.DossierId == dossierId && o.Kind == OutboxMessage.StatusSync)
            .OrderBy(o => o.Seq).WithPayloadsAsync(db);
    }

    /// <summary>The province-wide reconciliation and summary over the day the dossiers were filed.</summary>
    public async Task<(PortalSyncReconciliation Sync, ServiceQuality Quality)> ReportsAsync()
    {
        var organisation = Dossiers.Organisation;
        var start = new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.FromHours(7));
        var period = new ReportPeriod(start, start.AddDays(7), ReportScope.Province(organisation));
        var sync = await new PortalSyncReport(Dossiers.Contexts, organisation, Clock).RunAsync(period);
        var quality = await new ServiceQualityQuery(Dossiers.Contexts, organisation, new Index766Thresholds()).RunAsync(period);
        return (sync, quality);
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await Portal.DisposeAsync();
        await Dossiers.DisposeAsync();
    }
}
