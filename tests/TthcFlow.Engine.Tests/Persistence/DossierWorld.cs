using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
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
using TthcFlow.Engine.Storage;
using TthcFlow.Engine.Tests.Hosting;
using TthcFlow.Engine.Tests.Storage;

namespace TthcFlow.Engine.Tests.Persistence;

/// <summary>
/// A store of its own (an SQLite file, WAL + synchronous=FULL, or a fresh PostgreSQL database;
/// removed on dispose) migrated from empty, with the
/// repository's organisation, calendar and sample procedures run by the real workflow runner, on
/// a virtual clock that starts on a working Monday morning in Vietnam. Pipelines opened here are
/// stopped on dispose.
/// </summary>
public sealed class DossierWorld : IAsyncDisposable
{
    private static readonly Lazy<ReferenceData> Reference = new(() => ReferenceData.Load(new WorkflowsFolder(RepoPaths.Workflows)));
    private static readonly Lazy<IReadOnlyList<TthcFlow.Definitions.Model.WorkflowDefinition>> Samples = new(() =>
        Directory.GetFiles(Path.Combine(RepoPaths.Workflows, "procedures"), "*.json", SearchOption.AllDirectories).Select(f => ElsaJson.Read(File.ReadAllText(f))).ToList());

    private readonly List<CommitPipeline> _pipelines = [];

    public DossierWorld(params TthcFlow.Definitions.Model.WorkflowDefinition[] extra)
        : this(StoreProvider.Sqlite, extra)
    {
    }

    public DossierWorld(StoreProvider provider, params TthcFlow.Definitions.Model.WorkflowDefinition[] extra)
    {
        Store = TestStore.Create(provider);
        Contexts = new ContextFactory(Store.ContextOptions());
        using (var db = Contexts.CreateDbContext())
            db.Database.Migrate();
        Runtime = new WorkflowProcedureRuntime(new FixedProcedureDefinitions([.. Samples.Value, .. extra]), new WorkflowRunner());
        Environment = new DossierEnvironment(Runtime, Organisation, Reference.Value.Calendar, new DossierOptions());
        Officers = DemoOfficers.Generate(Organisation);
    }

    /// <summary>A shipped sample procedure's JSON, to derive test procedures from.</summary>
    public static string SampleJson(string file) => File.ReadAllText(Path.Combine(RepoPaths.Workflows, "procedures", file));

    /// <summary>Monday 2 March 2026, 08:00 in Vietnam: a working morning.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.FromHours(7)));

    public TestStore Store { get; }
    public IDbContextFactory<EngineDbContext> Contexts { get; }
    public IProcedureRuntime Runtime { get; }
    public DossierEnvironment Environment { get; }
    public OrganisationModel Organisation => Reference.Value.Organisation;
    public IReadOnlyList<DemoOfficer> Officers { get; }

    /// <summary>Hòa Phú: the commune's service centre receives, its People's Committee decides.</summary>
    public const string Centre = "001.01.70.H15", Committee = "000.01.70.H15";

    /// <summary>A pipeline over this store, not yet started (commands queued before <see cref="CommitPipeline.Start"/> form one batch).</summary>
    public CommitPipeline Pipeline(PipelineOptions? options = null)
    {
        var pipeline = new CommitPipeline(Contexts, Environment, Clock, options);
        _pipelines.Add(pipeline);
        return pipeline;
    }

    public CommitPipeline Started(PipelineOptions? options = null)
    {
        var pipeline = Pipeline(options);
        pipeline.Start();
        return pipeline;
    }

    /// <summary>The demo officer holding a role in a unit of an agency, as the API would pass them to a command.</summary>
    public ActingOfficer Officer(string agencyEId, string role, string? unitCode = null)
    {
        var officer = Officers.First(o => o.AgencyEId == agencyEId && o.Role == role && (unitCode is null || o.UnitCode == unitCode));
        return new ActingOfficer(officer.Username, officer.FullName, officer.AgencyEId, officer.UnitCode, [officer.Role]);
    }

    /// <summary>The demo officer of the post a task landed on.</summary>
    public ActingOfficer OfficerFor(TaskSummary task) => Officer(task.AgencyEId, task.Role, task.UnitCode);

    /// <summary>A second officer in the same post (a colleague), for concurrency tests.</summary>
    public static ActingOfficer Colleague(ActingOfficer officer, string suffix = "2") =>
        officer with { UserName = $"{officer.UserName}.{suffix}", FullName = $"{officer.FullName} ({suffix})" };

    public ActingOfficer DeskOfficer => Officer(Centre, RoleCodes.OneStopOfficer);
    public ActingOfficer Specialist => Officer(Committee, RoleCodes.Specialist);
    public ActingOfficer Leader => Officer(Committee, RoleCodes.Leader);

    /// <summary>A birth registration filed at Hòa Phú's centre, in person or online.</summary>
    public SubmitDossier BirthRegistration(string applicant = "Nguyễn Văn An", SubmissionChannel channel = SubmissionChannel.InPerson) => new()
    {
        DefinitionId = "birth-registration",
        Channel = channel,
        Applicant = new ApplicantDetails(applicant, "066090001234", "0905123456", null, "Thôn 1, xã Hòa Phú"),
        ReceivingAgencyEId = Centre,
        RequestContent = "Đăng ký khai sinh cho con",
        Documents = [new SubmittedDocument("Tờ khai đăng ký khai sinh", Digitised: true), new SubmittedDocument("Giấy chứng sinh", Digitised: true)],
        Officer = channel == SubmissionChannel.Online ? null : DeskOfficer,
    };

    public EngineDbContext Db() => Contexts.CreateDbContext();

    public async ValueTask DisposeAsync()
    {
        foreach (var pipeline in _pipelines)
            await pipeline.StopAsync();
        await Store.DisposeAsync();
    }
}

/// <summary>Contexts over one store's options.</summary>
internal sealed class ContextFactory(DbContextOptions<EngineDbContext> options) : IDbContextFactory<EngineDbContext>
{
    public EngineDbContext CreateDbContext() => new(options);
}
