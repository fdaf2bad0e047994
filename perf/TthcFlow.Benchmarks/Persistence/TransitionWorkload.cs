using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TthcFlow.Definitions.Elsa;
using TthcFlow.Definitions.Procedures;
using TthcFlow.Engine.Dossiers.Commands;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Dossiers.Procedures;
using TthcFlow.Engine.Hosting;
using TthcFlow.Engine.Organisation;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Runtime;
using TthcFlow.Engine.Storage;
using TthcFlow.Engine.Tasks;

namespace TthcFlow.Benchmarks.Persistence;

/// <summary>
/// Durable step transitions through the write pipeline: an SQLite file (WAL, synchronous=FULL) or
/// the PostgreSQL database given, the
/// shipped organisation and calendar, and the shipped birth-registration procedure run by the real
/// workflow runner. Each of <see cref="Callers"/> concurrent callers files dossiers at Hòa Phú's desk
/// and takes each through its life — filed and received, appraised, signed, returned: four
/// transitions, each one command and one group-committed durable change.
/// </summary>
public sealed class TransitionWorkload : IAsyncDisposable
{
    /// <summary>Commands (transitions) in one dossier's life here.</summary>
    public const int TransitionsPerDossier = 4;

    private const string Centre = "001.01.70.H15";
    private readonly string _folder = Directory.CreateTempSubdirectory("tthcflow-bench-").FullName;
    private readonly Dictionary<string, ActingOfficer> _officers = [];
    private readonly ActingOfficer _desk;
    private long _filed;

    public TransitionWorkload(int callers, PipelineOptions? options = null, StoreOptions? store = null)
    {
        Callers = callers;
        var builder = new DbContextOptionsBuilder<EngineDbContext>();
        builder.UseEngineStore(store ?? StoreOptions.From($"Data Source={DatabasePath}"));
        Contexts = new ContextFactory(builder.Options);
        using (var db = Contexts.CreateDbContext())
            db.Database.Migrate();
        var workflows = Path.Combine(AppContext.BaseDirectory, "workflows");
        var reference = ReferenceData.Load(new WorkflowsFolder(workflows));
        var birth = ElsaJson.Read(System.IO.File.ReadAllText(Path.Combine(workflows, "procedures", "birth-registration.json")));
        var runtime = new WorkflowProcedureRuntime(new FixedProcedureDefinitions([birth]), new WorkflowRunner());
        var environment = new DossierEnvironment(runtime, reference.Organisation, reference.Calendar, new DossierOptions());
        foreach (var o in DemoOfficers.Generate(reference.Organisation))
            _officers.TryAdd(Post(o.AgencyEId, o.UnitCode, o.Role), new ActingOfficer(o.Username, o.FullName, o.AgencyEId, o.UnitCode, [o.Role]));
        _desk = _officers.Values.First(o => o.AgencyEId == Centre && o.Holds("OneStopOfficer"));
        Pipeline = new CommitPipeline(Contexts, environment, TimeProvider.System, options);
        Pipeline.Start();
    }

    public int Callers { get; }
    public string DatabasePath => Path.Combine(_folder, "engine.db");
    public IDbContextFactory<EngineDbContext> Contexts { get; }
    public CommitPipeline Pipeline { get; }

    /// <summary>All callers at once, each taking <paramref name="dossiersPerCaller"/> dossiers through their life, one after the other.</summary>
    public Task RunAsync(int dossiersPerCaller) =>
        Task.WhenAll(Enumerable.Range(0, Callers).Select(_ => Task.Run(() => CallerAsync(dossiersPerCaller))));

    private async Task CallerAsync(int dossiers)
    {
        for (int i = 0; i < dossiers; i++)
        {
            long n = Interlocked.Increment(ref _filed);
            var result = await Pipeline.ExecuteAsync(Filing(n)).ConfigureAwait(false);
            while (result.Dossier?.ActiveTasks is [var task, ..])
            {
                var officer = _officers[Post(task.AgencyEId, task.UnitCode, task.Role)];
                result = await Pipeline.ExecuteAsync(new CompleteTask(task.Id, task.Outcomes[0], null, officer)).ConfigureAwait(false);
            }
            if (result.Dossier?.Status != NationalStatus.Returned)
                throw new InvalidOperationException(result.Error?.Message ?? $"dossier ended in status {result.Dossier?.Status}");
        }
    }

    private SubmitDossier Filing(long n) => new()
    {
        DefinitionId = "birth-registration",
        Channel = SubmissionChannel.InPerson,
        Applicant = new ApplicantDetails($"Công dân {n}", $"066{n:D9}", "0905123456", null, "Thôn 1, xã Hòa Phú"),
        ReceivingAgencyEId = Centre,
        RequestContent = "Đăng ký khai sinh cho con",
        Documents = [new SubmittedDocument("Tờ khai đăng ký khai sinh", Digitised: true), new SubmittedDocument("Giấy chứng sinh", Digitised: true)],
        Officer = _desk,
    };

    /// <summary>Prints the pipeline's own breakdown and the rows per transition beside the raw reference's.</summary>
    public void Report(int rawRowsPerLife)
    {
        var s = Pipeline.Statistics;
        Console.WriteLine($"// Pipeline: {s}");
        Console.WriteLine($"// Rows per transition: engine {(double)s.Rows / s.Commands:F2}, raw {(double)rawRowsPerLife / TransitionsPerDossier:F2}; " +
            $"commands per batch {(double)s.Commands / s.Batches:F0}");
    }

    private static string Post(string agency, string unit, string role) => $"{agency}/{unit}/{role}";

    public async ValueTask DisposeAsync()
    {
        await Pipeline.StopAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    private sealed class ContextFactory(DbContextOptions<EngineDbContext> options) : IDbContextFactory<EngineDbContext>
    {
        public EngineDbContext CreateDbContext() => new(options);
    }
}
