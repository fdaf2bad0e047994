using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TthcFlow.Definitions.Elsa;
using TthcFlow.Definitions.Organisation;
using TthcFlow.Definitions.Procedures;
using TthcFlow.Engine.Dossiers.Commands;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Dossiers.Procedures;
using TthcFlow.Engine.Hosting;
using TthcFlow.Engine.Organisation;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Runtime;
using TthcFlow.Engine.Scheduling;
using TthcFlow.Engine.Storage;
using TthcFlow.Engine.Tasks;

namespace TthcFlow.Benchmarks.Scheduling;

/// <summary>
/// Timers whose firing changes a dossier: birth registrations that wait one hour (Elsa.Delay)
/// between the leader's signature and the return of the result. Preparing files dossiers and takes
/// each to its delay through the write pipeline; firing moves the virtual clock one hour and lets
/// the scheduler fire every delay through the same pipeline (runtime resume, the return task,
/// audit record, status-sync outbox message, the timer row removed), SQLite WAL + synchronous=FULL.
/// </summary>
internal sealed class DossierTimerRun : IAsyncDisposable
{
    private const string Centre = "001.01.70.H15", Procedure = "birth-with-delay";
    private static readonly TimeSpan Delay = TimeSpan.FromHours(1);
    private readonly string _folder = Directory.CreateTempSubdirectory("tthcflow-sched-dossiers-").FullName;
    private readonly VirtualClock _clock = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.FromHours(7)));
    private readonly Dictionary<string, ActingOfficer> _officers = [];
    private readonly CommitPipeline _pipeline;
    private long _filed;

    public DossierTimerRun()
    {
        var builder = new DbContextOptionsBuilder<EngineDbContext>();
        builder.UseEngineStore(StoreOptions.From($"Data Source={Path.Combine(_folder, "engine.db")}"));
        var contexts = new Contexts(builder.Options);
        using (var db = contexts.CreateDbContext())
            db.Database.Migrate();
        var workflows = Path.Combine(AppContext.BaseDirectory, "workflows");
        var reference = ReferenceData.Load(new WorkflowsFolder(workflows));
        var runtime = new WorkflowProcedureRuntime(new FixedProcedureDefinitions([WithDelay(workflows)]), new WorkflowRunner());
        var environment = new DossierEnvironment(runtime, reference.Organisation, reference.Calendar, new DossierOptions());
        foreach (var o in DemoOfficers.Generate(reference.Organisation))
            _officers.TryAdd($"{o.AgencyEId}/{o.UnitCode}/{o.Role}", new ActingOfficer(o.Username, o.FullName, o.AgencyEId, o.UnitCode, [o.Role]));
        _pipeline = new CommitPipeline(contexts, environment, _clock);
        _pipeline.Start();
        Scheduler = new TimerScheduler(new SingleNodeTimerClaims(contexts), new PipelineTimerFirer(_pipeline), _clock);
        _pipeline.ObserveArmedTimers(Scheduler.TimersArmed);
        Scheduler.Start();
    }

    public TimerScheduler Scheduler { get; }

    /// <summary><paramref name="count"/> dossiers, filed by 2,000 concurrent callers, each left waiting on its delay.</summary>
    public Task PrepareAsync(int count) =>
        Task.WhenAll(Enumerable.Range(0, 2_000).Select(_ => Task.Run(() => CallerAsync(count / 2_000))));

    /// <summary>Moves the clock past every delay and waits until the scheduler has fired them all.</summary>
    public async Task FireAsync(int expected)
    {
        long before = Scheduler.Statistics.Fired;
        _clock.Advance(Delay);
        await Scheduler.WhenCaughtUpAsync().WaitAsync(TimeSpan.FromMinutes(5)).ConfigureAwait(false);
        if (Scheduler.Statistics.Fired - before != expected)
            throw new InvalidOperationException($"{Scheduler.Statistics.Fired - before} timers fired, not {expected}.");
    }

    private async Task CallerAsync(int dossiers)
    {
        var desk = _officers.Values.First(o => o.AgencyEId == Centre && o.Holds(RoleCodes.OneStopOfficer));
        for (int i = 0; i < dossiers; i++)
        {
            long n = Interlocked.Increment(ref _filed);
            var result = await _pipeline.ExecuteAsync(new SubmitDossier
            {
                DefinitionId = Procedure,
                Channel = SubmissionChannel.InPerson,
                Applicant = new ApplicantDetails($"Công dân {n}", $"066{n:D9}"),
                ReceivingAgencyEId = Centre,
                Officer = desk,
            }).ConfigureAwait(false);
            while (result.Dossier?.ActiveTasks is [var task, ..])
            {
                var officer = _officers[$"{task.AgencyEId}/{task.UnitCode}/{task.Role}"];
                result = await _pipeline.ExecuteAsync(new CompleteTask(task.Id, task.Outcomes[0], null, officer)).ConfigureAwait(false);
            }
            if (result.Dossier?.Status != NationalStatus.InProcess)
                throw new InvalidOperationException(result.Error?.Message ?? $"dossier ended in status {result.Dossier?.Status}, not waiting");
        }
    }

    /// <summary>The shipped birth registration with an hour's Elsa.Delay after the signature.</summary>
    private static TthcFlow.Definitions.Model.WorkflowDefinition WithDelay(string workflows)
    {
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(workflows, "procedures", "birth-registration.json")))!.AsObject();
        json["definitionId"] = Procedure;
        var root = json["root"]!;
        root["activities"]!.AsArray().Add(JsonNode.Parse("""
            {"id":"delay","type":"Elsa.Delay","version":1,"timeSpan":{"typeName":"TimeSpan","expression":{"type":"Literal","value":"01:00:00"}},
             "customProperties":{},"metadata":{"designer":{"position":{"x":0,"y":0}}}}
            """));
        foreach (var connection in root["connections"]!.AsArray())
        {
            if ((string?)connection!["source"]!["port"] == "Signed")
                connection["target"]!["activity"] = "delay";
        }
        root["connections"]!.AsArray().Add(JsonNode.Parse("""{"source":{"activity":"delay","port":"Done"},"target":{"activity":"returnResult","port":"In"},"vertices":[]}"""));
        return ElsaJson.Read(json.ToJsonString());
    }

    public async ValueTask DisposeAsync()
    {
        await Scheduler.DisposeAsync().ConfigureAwait(false);
        await _pipeline.StopAsync().ConfigureAwait(false);
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    private sealed class Contexts(DbContextOptions<EngineDbContext> options) : IDbContextFactory<EngineDbContext>
    {
        public EngineDbContext CreateDbContext() => new(options);
    }
}
