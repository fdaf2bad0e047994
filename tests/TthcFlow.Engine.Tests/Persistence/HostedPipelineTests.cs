using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using TthcFlow.Definitions.Organisation;
using TthcFlow.Definitions.Procedures;
using TthcFlow.Engine.Dossiers.Commands;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Dossiers.Queries;
using TthcFlow.Engine.Organisation;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Storage;
using TthcFlow.Engine.Tasks;
using TthcFlow.Engine.Tests.Hosting;
using TthcFlow.Engine.Tests.Storage;

namespace TthcFlow.Engine.Tests.Persistence;

/// <summary>The dossier services inside the real host: migrated store, seeded procedures, pipeline started and drained with it.</summary>
public abstract class HostedPipelineTests(StoreProvider store) : IDisposable
{
    private readonly EngineFactory _factory = new(store);

    public void Dispose() => _factory.Dispose();

    [StoreFact]
    public async Task A_dossier_filed_in_one_host_continues_after_the_host_restarts()
    {
        long dossierId;
        TaskSummary appraisal;
        using (var first = Host())
        {
            var pipeline = first.Services.GetRequiredService<CommitPipeline>();
            var filed = await pipeline.ExecuteAsync(Filing(first.Services));
            Assert.True(filed.Succeeded, filed.Error?.Message);
            (dossierId, appraisal) = (filed.Dossier!.Id, filed.Dossier.ActiveTasks.Single());
        }

        using var second = Host();
        var specialist = OfficerFor(second.Services, appraisal);
        var completed = await second.Services.GetRequiredService<CommitPipeline>()
            .ExecuteAsync(new CompleteTask(appraisal.Id, "Approved", null, specialist));
        var detail = await second.Services.GetRequiredService<DossierQueries>().FindAsync(dossierId);

        Assert.True(completed.Succeeded, completed.Error?.Message);
        Assert.Equal(NationalStatus.InProcess, detail!.Dossier.Status);
        Assert.Equal(3, detail.TrackingSheet.Count);
    }

    private WebApplicationFactory<Program> Host()
    {
        var host = _factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddDossiers()));
        _ = host.Server;
        return host;
    }

    private static SubmitDossier Filing(IServiceProvider services)
    {
        var organisation = services.GetRequiredService<OrganisationModel>();
        var desk = DemoOfficers.Generate(organisation).First(o => o.AgencyEId == DossierWorld.Centre && o.Role == RoleCodes.OneStopOfficer);
        return new SubmitDossier
        {
            DefinitionId = "birth-registration",
            Channel = SubmissionChannel.InPerson,
            Applicant = new ApplicantDetails("Nguyễn Văn An", "066090001234"),
            ReceivingAgencyEId = DossierWorld.Centre,
            Officer = new ActingOfficer(desk.Username, desk.FullName, desk.AgencyEId, desk.UnitCode, [desk.Role]),
        };
    }

    private static ActingOfficer OfficerFor(IServiceProvider services, TaskSummary task)
    {
        var o = DemoOfficers.Generate(services.GetRequiredService<OrganisationModel>())
            .First(x => x.AgencyEId == task.AgencyEId && x.UnitCode == task.UnitCode && x.Role == task.Role);
        return new ActingOfficer(o.Username, o.FullName, o.AgencyEId, o.UnitCode, [o.Role]);
    }

    public sealed class OnSqlite() : HostedPipelineTests(StoreProvider.Sqlite);

    public sealed class OnPostgreSql() : HostedPipelineTests(StoreProvider.PostgreSql), IOnPostgreSql;
}
