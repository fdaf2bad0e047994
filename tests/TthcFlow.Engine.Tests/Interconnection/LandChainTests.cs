using TthcFlow.Definitions.Activities;
using TthcFlow.Engine.Apologies;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Interconnection;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Tasks;
using TthcFlow.Engine.Tests.Deadlines;
using TthcFlow.Engine.Tests.Persistence;
using static TthcFlow.Engine.Tests.Deadlines.DeadlineHarness;
using static TthcFlow.Engine.Tests.Interconnection.InterconnectionHarness;

namespace TthcFlow.Engine.Tests.Interconnection;

/// <summary>
/// The land-transfer chain across three units and two levels: filed at Hòa Phú commune's one-stop
/// desk (location-independent: the competent body is the provincial land registration office), run by
/// the land office's internal procedure, which itself sends to the tax authority (time not counted),
/// and returned at the commune desk. Received Mon 2/3/2026 08:00: 8 working days → Thu 12/3 08:00;
/// the land office's appraisal (32 working hours) is due Thu 5/3 17:00.
/// </summary>
public sealed class LandChainTests
{
    private const string LandOffice = "000.01.12.H15", Tax = "000.00.52.H15";

    [Fact]
    public async Task A_late_land_office_not_the_commune_desk_owes_the_apology_and_each_unit_s_time_is_on_the_ledger()
    {
        await using var h = new DeadlineHarness(Vn(2026, 3, 2, 8));
        var filed = await h.RunAsync(File(h.World, "land-transfer-interconnected", DossierWorld.Centre));
        Assert.True(filed.Succeeded, filed.Error?.Message);
        long id = filed.Dossier!.Id;
        await CompleteAsync(h, id, "review", "Approved");
        var dossier = await h.DossierAsync(id);
        Assert.Equal((DossierWorld.Centre, LandOffice), (dossier.ReceivingAgencyEId, dossier.CompetentAgencyEId));
        Assert.StartsWith("H15.12.01-", dossier.Code); // the competent unit's e-ID

        var transfer = await LiveAsync(h, id, "landOffice");
        var appraise = await LiveAsync(h, id, "appraise");
        Assert.Equal((LandOffice, 56.0, transfer.Id), (transfer.AgencyEId, transfer.AllotmentHours, appraise.ParentTaskId!.Value));

        // The land office sits on the appraisal past its share: the apology falls to it.
        await h.AdvanceToAsync(Vn(2026, 3, 11, 8));
        var owed = await h.SingleApologyAsync();
        Assert.Equal(LandOffice, owed.AgencyEId);
        Assert.Equal(appraise.Id, owed.LateTaskId);

        await CompleteAsync(h, id, "appraise", "Approved");
        var tax = await LiveAsync(h, id, "tax");
        var assess = await LiveAsync(h, id, "assess");
        Assert.Equal((Tax, false, transfer.Id), (tax.AgencyEId, tax.CountsTowardLimit, tax.ParentTaskId!.Value));
        Assert.Equal((Tax, tax.Id), (assess.AgencyEId, assess.ParentTaskId!.Value));

        h.Clock.AdvanceTo(Vn(2026, 3, 12, 8));
        await CompleteAsync(h, id, "assess", "Done");
        h.Clock.AdvanceTo(Vn(2026, 3, 12, 10));
        await CompleteAsync(h, id, "update", "Updated");
        var back = await CompleteAsync(h, id, "sign", "Done");

        var returning = Assert.Single(back.ActiveTasks);
        Assert.Equal((ActivityTypeNames.ReturnResult, DossierWorld.Centre), (returning.StepType, returning.AgencyEId));
        Assert.Equal(NationalStatus.Processed, back.Status);

        var ledger = UnitTimeLedger.Of(await TasksAsync(h, id), h.World.Environment.Calendar, h.Clock.GetUtcNow());
        var land = ledger.Single(s => s.TaskId == transfer.Id);
        var taxStay = ledger.Single(s => s.TaskId == tax.Id);
        Assert.Equal((LandOffice, Vn(2026, 3, 2, 8), Vn(2026, 3, 12, 10)), (land.AgencyEId, land.EnteredAt, land.LeftAt!.Value));
        Assert.Equal((Vn(2026, 3, 11, 8), Vn(2026, 3, 12, 8), 8.0), (taxStay.EnteredAt, taxStay.LeftAt!.Value, taxStay.UsedHours));
        Assert.Equal(58.0, land.UsedHours); // 66 working hours at the land office, less the tax authority's 8
        Assert.True(land.Late);
        Assert.Equal([LandOffice], UnitTimeLedger.LateAgencies(ledger));
    }

    [Fact]
    public async Task A_procedure_not_receivable_anywhere_is_refused_at_another_commune_and_nothing_is_created()
    {
        await using var h = new DeadlineHarness(Vn(2026, 3, 2, 8));
        var elsewhere = File(h.World, "marriage-registration", "001.02.70.H15") with { CompetentAgencyEId = DossierWorld.Committee };
        var refused = await h.RunAsync(elsewhere);
        Assert.Equal(DomainErrorCode.InvalidInput, refused.Error!.Code);
        Assert.Contains("không phụ thuộc địa giới hành chính", refused.Error.Message);
        Assert.Empty(await h.RowsAsync<Dossier>());

        var located = await h.RunAsync(File(h.World, "birth-registration", "001.02.70.H15") with { CompetentAgencyEId = DossierWorld.Committee });
        Assert.True(located.Succeeded, located.Error?.Message);
        Assert.Equal(DossierWorld.Committee, Assert.Single(located.Dossier!.ActiveTasks).AgencyEId);
    }
}
