using TthcFlow.Definitions.Organisation;
using TthcFlow.Engine.Apologies;
using TthcFlow.Engine.Dossiers.Commands;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Notifications;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Tasks;
using TthcFlow.Engine.Tests.Deadlines;
using TthcFlow.Engine.Tests.Persistence;
using static TthcFlow.Engine.Tests.Deadlines.DeadlineHarness;

namespace TthcFlow.Engine.Tests.Apologies;

/// <summary>
/// The mandatory apology (DOMAIN.md §3) on a virtual clock. A marriage registration received Wed
/// 4/3/2026 16:00 is appointed for Wed 11/3 16:00 (5 working days); its appraisal (24 working
/// hours) is due Mon 9/3 16:00; lateness must be foreseen by Tue 10/3 16:00.
/// </summary>
public sealed class ApologyTests
{
    private static readonly DateTimeOffset Appointment = Vn(2026, 3, 11, 16), NewDate = Vn(2026, 3, 16, 17);

    [Fact]
    public async Task A_dossier_foreseen_late_owes_an_apology_from_the_late_unit_and_cannot_be_returned_until_it_is_issued()
    {
        await using var h = new DeadlineHarness(Vn(2026, 3, 4, 16));
        var dossier = await h.FileMarriageAsync();
        var appraisal = dossier.ActiveTasks.Single();

        await h.AdvanceToAsync(Vn(2026, 3, 10, 15, 59));
        Assert.Empty(await h.RowsAsync<Apology>());
        await h.AdvanceToAsync(Vn(2026, 3, 10, 16));
        var owed = await h.SingleApologyAsync();
        Assert.Equal((ApologyTrigger.Foreseen, ApologyStatus.Owed, Vn(2026, 3, 10, 16)), (owed.Trigger, owed.Status, owed.OwedAt));
        Assert.Equal((DossierWorld.Committee, appraisal.UnitCode, appraisal.Id), (owed.AgencyEId, owed.UnitCode, owed.LateTaskId!.Value));
        Assert.Equal((DossierWorld.Committee, RoleCodes.Leader), (owed.SignerAgencyEId, owed.SignerRole));
        Assert.Equal(Appointment, owed.OriginalAppointmentAt);
        var queries = new ApologyQueries(h.World.Contexts, h.World.Organisation, h.Environment.Options);
        Assert.Equal([owed.Id], (await queries.OwedToSignAsync(h.World.Leader)).Select(a => a.Id));
        Assert.Contains(await h.NotificationsAsync(dossier.Id), n => n.Kind == NotificationKind.ApologyOwed && n.Role == RoleCodes.Leader);

        var returning = await CompleteToReturnAsync(h, dossier);
        var refused = await h.RunAsync(new CompleteTask(returning.Id, "Done", null, h.World.OfficerFor(returning)));
        var stopped = await h.RunAsync(new EndDossier(dossier.Id, h.World.Leader, "Dừng xử lý", ByApplicant: false));
        Assert.Equal(DomainErrorCode.InvalidState, refused.Error!.Code);
        Assert.Contains("apology", refused.Error.Message);
        Assert.Equal(DomainErrorCode.InvalidState, stopped.Error!.Code);

        var badInputs = new[]
        {
            await h.RunAsync(Issue(dossier, owed, h.World.OfficerFor(appraisal))),
            await h.RunAsync(Issue(dossier, owed, h.World.Leader) with { NewReturnAt = null }),
            await h.RunAsync(Issue(dossier, owed, h.World.Leader) with { NewReturnAt = Vn(2026, 3, 15, 10) }),
            await h.RunAsync(Issue(dossier, owed, h.World.Leader) with { Explanation = "" }),
        };
        Assert.Equal([DomainErrorCode.NotYours, DomainErrorCode.InvalidInput, DomainErrorCode.InvalidInput, DomainErrorCode.InvalidInput],
            badInputs.Select(r => r.Error!.Code));
        Assert.Equal(ApologyStatus.Owed, (await h.SingleApologyAsync()).Status);

        var issued = await h.RunAsync(Issue(dossier, owed, h.World.Leader));
        Assert.True(issued.Succeeded, issued.Error?.Message);
        var d = await h.DossierAsync(dossier.Id);
        Assert.Equal((NewDate, Appointment), (d.WorkingDueAt!.Value, d.AppointmentAt!.Value));
        var letterRow = await h.SingleApologyAsync();
        Assert.Equal(("1/PXL", ApologyStatus.Issued, NewDate), (letterRow.Number, letterRow.Status, letterRow.NewReturnAt!.Value));
        var notices = await h.NotificationsAsync(dossier.Id);
        Assert.Contains(notices, n => n.Kind == NotificationKind.ApologyIssued && n.AgencyEId == DossierWorld.Centre);
        Assert.Contains(notices, n => n.Kind == NotificationKind.ApologyToCitizen && n.Recipient == RecipientKind.Citizen && n.Text.Contains("16/03/2026"));
        // The citizen's copy leaves the engine (paper at the desk for a dossier filed there); the officers' notices stay in their inboxes.
        var delivery = System.Text.Encoding.UTF8.GetString((await h.OutboxAsync("Notifications")).Last().Payload!);
        Assert.Contains("PaperAtDesk", delivery);
        Assert.Contains("16/03/2026", delivery);
        Assert.DoesNotContain(nameof(NotificationKind.ApologyIssued), delivery);

        var letter = (await queries.LetterAsync(owed.Id))!;
        Assert.Equal((d.Code, "1/PXL", Appointment, NewDate), (letter.DossierCode, letter.Number, letter.OriginalAppointmentAt!.Value, letter.NewReturnAt!.Value));
        Assert.Equal(h.Environment.Options.ApologyForm, letter.Form);
        Assert.Equal("Trần Thị Bình", letter.ApplicantName);
        Assert.Equal([d.Code], (await queries.PublicListAsync(DossierWorld.Committee)).Select(p => p.DossierCode));

        var returned = await h.RunAsync(new CompleteTask(returning.Id, "Done", null, h.World.OfficerFor(returning)));
        Assert.Equal(NationalStatus.Returned, returned.Dossier!.Status);
        Assert.Equal(Appointment, (await h.DossierAsync(dossier.Id)).AppointmentAt);
        Assert.Empty(await h.TimersAsync());
    }

    [Fact]
    public async Task A_second_overrun_cannot_re_appoint_and_is_escalated_to_the_superior()
    {
        await using var h = new DeadlineHarness(Vn(2026, 3, 4, 16));
        var dossier = await h.FileMarriageAsync();
        var appraisal = dossier.ActiveTasks.Single();
        await h.AdvanceToAsync(Vn(2026, 3, 10, 16));
        var owed = await h.SingleApologyAsync();
        Assert.True((await h.RunAsync(Issue(dossier, owed, h.World.Leader))).Succeeded);

        await h.AdvanceToAsync(NewDate.AddHours(1));
        var d = await h.DossierAsync(dossier.Id);
        Assert.Equal(NewDate, d.EscalatedToSuperiorAt);
        var committee = h.World.Organisation.GetAgency(DossierWorld.Committee);
        var superior = h.World.Organisation.Parent(committee) is { } parent ? parent.EId : committee.EId;
        var escalation = Assert.Single(await h.NotificationsAsync(dossier.Id), n => n.Kind == NotificationKind.SecondOverrun);
        Assert.Equal(superior, escalation.AgencyEId);

        var reappoint = await h.RunAsync(Issue(dossier, owed, h.World.Leader) with { NewReturnAt = Vn(2026, 3, 20, 17) });
        var foreseen = await h.RunAsync(new ForeseeLate(appraisal.Id, h.World.OfficerFor(appraisal), "Chưa xác minh xong"));
        var firedAgain = await h.RunAsync(new PassAppointment(dossier.Id));
        Assert.Equal(DomainErrorCode.Conflict, reappoint.Error!.Code);
        Assert.Equal(DomainErrorCode.Conflict, foreseen.Error!.Code);
        Assert.Equal(d.Version, firedAgain.Dossier!.Version);
        d = await h.DossierAsync(dossier.Id);
        Assert.Equal((NewDate, Appointment), (d.WorkingDueAt!.Value, d.AppointmentAt!.Value));
        Assert.Single(await h.RowsAsync<Apology>());
        Assert.DoesNotContain(await h.TimersAsync(), t => t.Purpose is TimerPurpose.AppointmentPassed or TimerPurpose.ApologyForeseen);
    }

    [Fact]
    public async Task A_ready_result_not_handed_back_by_the_appointment_owes_an_apology_from_the_return_desk()
    {
        await using var h = new DeadlineHarness(Vn(2026, 3, 4, 16));
        var dossier = await h.FileMarriageAsync();
        var returning = await CompleteToReturnAsync(h, dossier);

        await h.AdvanceToAsync(Appointment.AddMinutes(-1));
        Assert.Empty(await h.RowsAsync<Apology>());
        await h.AdvanceToAsync(Appointment);
        var owed = await h.SingleApologyAsync();
        Assert.Equal((ApologyTrigger.Overdue, returning.AgencyEId, returning.UnitCode), (owed.Trigger, owed.AgencyEId, owed.UnitCode));
        Assert.Equal(DossierWorld.Centre, owed.AgencyEId);
    }

    [Fact]
    public async Task In_a_liên_thông_chain_the_late_agency_owes_the_apology_not_the_desk()
    {
        await using var h = new DeadlineHarness(Vn(2026, 3, 2, 8));
        var current = (await h.RunAsync(h.World.BirthRegistration("Lê Văn Cường") with { DefinitionId = "land-transfer-registration" })).Dossier!;
        foreach (var outcome in new[] { "Eligible", "Approved" })
        {
            var task = current.ActiveTasks.Single();
            current = (await h.RunAsync(new CompleteTask(task.Id, outcome, null, h.World.OfficerFor(task)))).Dossier!;
        }
        var tax = current.ActiveTasks.Single();
        var taxOfficer = h.World.OfficerFor(tax);

        var fromDesk = await h.RunAsync(new ForeseeLate(tax.Id, h.World.DeskOfficer, "Chờ thuế"));
        var foreseen = await h.RunAsync(new ForeseeLate(tax.Id, taxOfficer, "Chưa xác định xong giá đất"));

        Assert.Equal(DomainErrorCode.NotYours, fromDesk.Error!.Code);
        Assert.True(foreseen.Succeeded, foreseen.Error?.Message);
        var owed = await h.SingleApologyAsync();
        Assert.Equal((tax.AgencyEId, tax.UnitCode), (owed.AgencyEId, owed.UnitCode));
        Assert.NotEqual(DossierWorld.Centre, owed.AgencyEId);
        Assert.Equal(tax.AgencyEId, owed.SignerAgencyEId);
    }

    private static IssueApology Issue(DossierSummary dossier, Apology owed, ActingOfficer signer) => new(
        dossier.Id, owed.Id, signer, "Cần xác minh thêm tình trạng hôn nhân tại nơi cư trú trước đây", NewDate,
        "Chuyên viên thụ lý chưa hoàn thành thẩm định đúng hạn do chờ kết quả xác minh.");

    /// <summary>Appraisal, draft and signature done now; the return step opens at the desk.</summary>
    private static async Task<TaskSummary> CompleteToReturnAsync(DeadlineHarness h, DossierSummary dossier)
    {
        var current = (await h.RunAsync(new ClaimTask(dossier.ActiveTasks.Single().Id, h.World.OfficerFor(dossier.ActiveTasks.Single())))).Dossier!;
        foreach (var outcome in new[] { "Eligible", "Drafted", "Signed" })
        {
            var task = current.ActiveTasks.Single();
            var result = await h.RunAsync(new CompleteTask(task.Id, outcome, null, h.World.OfficerFor(task)));
            Assert.True(result.Succeeded, result.Error?.Message);
            current = result.Dossier!;
        }
        var returning = current.ActiveTasks.Single();
        Assert.Equal("TthcFlow.ReturnResult", returning.StepType);
        return returning;
    }
}
