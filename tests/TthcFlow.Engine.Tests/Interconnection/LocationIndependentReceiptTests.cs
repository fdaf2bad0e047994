using TthcFlow.Definitions.Activities;
using TthcFlow.Definitions.Organisation;
using TthcFlow.Engine.Dossiers.Commands;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Tasks;
using TthcFlow.Engine.Reports;
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
/// citizen chose; the summary report counts the dossiers filed outside the competent area.
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

        // By post: the return step names the item's tracking number; without one it is refused and nothing changes.
        var returningTask = await LiveAsync(h, id, "returnResult");
        var desk = h.World.Officer(returningTask.AgencyEId, returningTask.Role, returningTask.UnitCode);
        var untracked = await h.RunAsync(new CompleteTask(returningTask.Id, "Done", null, desk));
        Assert.Equal(DomainErrorCode.InvalidInput, untracked.Error!.Code);
        Assert.Contains("số hiệu bưu gửi", untracked.Error.Message);
        Assert.Equal(NationalStatus.Processed, (await h.DossierAsync(id)).Status);

        Assert.Equal(NationalStatus.Returned, (await CompleteAsync(h, id, "returnResult", "Done", "ee 123 456 789 vn")).Status);
        var posted = await h.DossierAsync(id);
        Assert.Equal(("EE123456789VN", posted.ReturnedAt), (posted.ReturnPostalCode, posted.ReturnPostedAt));

        // The post's delivery confirmation: not before the posting, not by another desk, once.
        var later = h.Clock.GetUtcNow().AddMinutes(-1);
        Assert.Equal(DomainErrorCode.InvalidInput, (await h.RunAsync(new ConfirmPostalDelivery(id, posted.ReturnPostedAt!.Value.AddHours(-1), desk))).Error!.Code);
        var stranger = h.World.Officer(DossierWorld.Centre, RoleCodes.OneStopOfficer);
        Assert.Equal(DomainErrorCode.NotYours, (await h.RunAsync(new ConfirmPostalDelivery(id, later, stranger))).Error!.Code);
        h.Clock.Advance(TimeSpan.FromDays(2));
        var delivered = h.Clock.GetUtcNow().AddHours(-3);
        Assert.True((await h.RunAsync(new ConfirmPostalDelivery(id, delivered, desk))).Succeeded);
        Assert.Equal(delivered, (await h.DossierAsync(id)).ReturnDeliveredAt);
        Assert.Equal(DomainErrorCode.Conflict, (await h.RunAsync(new ConfirmPostalDelivery(id, delivered.AddHours(1), desk))).Error!.Code);
    }

    [Fact]
    public async Task The_summary_report_counts_the_dossiers_filed_outside_the_competent_area()
    {
        await using var h = new DeadlineHarness(Vn(2026, 3, 2, 8));
        Assert.True((await h.RunAsync(File(h.World, "land-transfer-interconnected", DossierWorld.Centre))).Succeeded);
        Assert.True((await h.RunAsync(File(h.World, "birth-registration", DossierWorld.Centre))).Succeeded);
        Assert.True((await h.RunAsync(File(h.World, "birth-registration", "001.02.70.H15") with { CompetentAgencyEId = DossierWorld.Committee })).Succeeded);

        var quality = new ServiceQualityQuery(h.World.Contexts, h.World.Organisation, new Index766Thresholds());
        var province = ReportScope.Resolve(h.World.Organisation, ScopeKind.Province, null).Scope!;
        var march = await quality.RunAsync(new ReportPeriod(Vn(2026, 3, 1, 0), Vn(2026, 4, 1, 0), province));
        Assert.Equal((3, 2), (march.ReceivedAtDesks, march.LocationIndependent));
        var april = await quality.RunAsync(new ReportPeriod(Vn(2026, 4, 1, 0), Vn(2026, 5, 1, 0), province));
        Assert.Equal((0, null), (april.ReceivedAtDesks, april.LocationIndependentShare));
    }
}
