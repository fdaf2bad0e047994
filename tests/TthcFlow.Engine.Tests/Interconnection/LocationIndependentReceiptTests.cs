using TthcFlow.Definitions.Activities;
using TthcFlow.Definitions.Elsa;
using TthcFlow.Definitions.Procedures;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Interconnection;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Tests.Deadlines;
using TthcFlow.Engine.Tests.Hosting;
using TthcFlow.Engine.Tests.Persistence;
using static TthcFlow.Engine.Tests.Deadlines.DeadlineHarness;
using static TthcFlow.Engine.Tests.Interconnection.InterconnectionHarness;

namespace TthcFlow.Engine.Tests.Interconnection;

/// <summary>
/// Receipt regardless of administrative boundaries (Decree 118/2025): a land transfer filed at Hòa
/// Phú commune is decided by the provincial land registration office and handed back where the
/// citizen chose; the report counts the procedures flagged and the dossiers filed outside the competent area.
/// </summary>
public sealed class LocationIndependentReceiptTests
{
    private const string ProvinceCentre = "000.00.02.H15", LandOffice = "000.01.12.H15";

    [Fact]
    public async Task The_result_is_returned_at_the_desk_the_citizen_chose_and_a_desk_without_one_stop_officers_is_refused()
    {
        await using var h = new DeadlineHarness(Vn(2026, 3, 2, 8));
        var wrongDesk = await h.RunAsync(File(h.World, "land-transfer-interconnected", DossierWorld.Centre) with { ReturnAgencyEId = LandOffice });
        Assert.Equal(DomainErrorCode.InvalidInput, wrongDesk.Error!.Code);
        Assert.Empty(await h.RowsAsync<Dossier>());

        var filed = await h.RunAsync(File(h.World, "land-transfer-interconnected", DossierWorld.Centre, ResultDelivery.ByPost) with { ReturnAgencyEId = ProvinceCentre });
        Assert.True(filed.Succeeded, filed.Error?.Message);
        long id = filed.Dossier!.Id;
        await CompleteAsync(h, id, "review", "Approved");
        await CompleteAsync(h, id, "appraise", "Approved");
        await CompleteAsync(h, id, "assess", "Done");
        await CompleteAsync(h, id, "update", "Updated");
        var back = await CompleteAsync(h, id, "sign", "Done");

        var returning = Assert.Single(back.ActiveTasks);
        Assert.Equal((ActivityTypeNames.ReturnResult, ProvinceCentre), (returning.StepType, returning.AgencyEId));
        var dossier = await h.DossierAsync(id);
        Assert.Equal((ProvinceCentre, ResultDelivery.ByPost), (dossier.ReturnAgencyEId, dossier.ResultDelivery));
        Assert.Equal(NationalStatus.Returned, (await CompleteAsync(h, id, "returnResult", "Done")).Status);
    }

    [Fact]
    public async Task The_report_gives_the_share_of_public_procedures_flagged_and_of_dossiers_filed_outside_the_competent_area()
    {
        await using var h = new DeadlineHarness(Vn(2026, 3, 2, 8));
        Assert.True((await h.RunAsync(File(h.World, "land-transfer-interconnected", DossierWorld.Centre))).Succeeded);
        Assert.True((await h.RunAsync(File(h.World, "birth-registration", DossierWorld.Centre))).Succeeded);
        Assert.True((await h.RunAsync(File(h.World, "birth-registration", "001.02.70.H15") with { CompetentAgencyEId = DossierWorld.Committee })).Succeeded);

        var report = new LocationIndependenceReport(h.World.Contexts, h.World.Organisation);
        var march = await report.ForPeriodAsync(Vn(2026, 3, 1, 0), Vn(2026, 4, 1, 0));
        Assert.Equal((3, 2), (march.Dossiers, march.DossiersFiledElsewhere));
        var april = await report.ForPeriodAsync(Vn(2026, 4, 1, 0), Vn(2026, 5, 1, 0));
        Assert.Equal((0, 0.0), (april.Dossiers, april.DossierShare));

        // Eleven public sample procedures; marriage, judicial records and petitions are not receivable anywhere.
        var procedures = Directory.GetFiles(Path.Combine(RepoPaths.Workflows, "procedures"), "*.json", SearchOption.AllDirectories)
            .Select(f => ElsaJson.Read(System.IO.File.ReadAllText(f)).Procedure).OfType<ProcedureInfo>().ToList();
        var share = LocationIndependenceReport.Compute(march.From, march.To, procedures, [], h.World.Organisation);
        Assert.Equal((11, 8), (share.Procedures, share.LocationIndependentProcedures));
        Assert.Equal(8.0 / 11, share.ProcedureShare, 6);
    }
}
