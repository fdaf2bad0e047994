using TthcFlow.Engine.Deadlines;
using TthcFlow.Engine.Dossiers.Commands;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Notifications;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Tasks;
using static TthcFlow.Engine.Tests.Deadlines.DeadlineHarness;

namespace TthcFlow.Engine.Tests.Deadlines;

/// <summary>
/// Clock pauses: a supplement request stops the dossier's and its steps' clocks (no escalation
/// fires while the citizen supplements) and the appointment is recomputed from the working time
/// that was left when the supplement arrives; suspension works the same way; withdrawal and stop
/// end the dossier and its timers.
/// </summary>
public sealed class ClockPauseTests
{
    [Fact]
    public async Task A_supplement_request_pauses_the_clock_and_the_supplement_resumes_it_with_a_recomputed_appointment()
    {
        // Received Wed 4/3 16:00: appointment (5 working days) Wed 11/3 16:00, appraisal due Mon 9/3 16:00.
        await using var h = new DeadlineHarness(Vn(2026, 3, 4, 16));
        var dossier = await h.FileMarriageAsync();
        var appraisal = dossier.ActiveTasks.Single();
        Assert.Equal(Vn(2026, 3, 11, 16), (await h.DossierAsync(dossier.Id)).AppointmentAt);

        // Thu 5/3 09:00 (3 working hours used) the specialist asks for a supplement.
        await h.AdvanceToAsync(Vn(2026, 3, 5, 9));
        var asked = await h.RunAsync(new RequestSupplement(appraisal.Id, "Giấy xác nhận tình trạng hôn nhân", h.World.OfficerFor(appraisal)));
        Assert.Equal(NationalStatus.WaitingForSupplement, asked.Dossier!.Status);
        Assert.DoesNotContain(await h.TimersAsync(), t => t.Purpose != TimerPurpose.Bookmark);

        // The old due instants pass while the citizen supplements: nothing escalates.
        await h.AdvanceToAsync(Vn(2026, 3, 10, 14));
        Assert.Empty(await h.NotificationsAsync(dossier.Id));
        var supplied = await h.RunAsync(new RecordSupplement(dossier.Id, h.World.DeskOfficer));
        Assert.Equal(NationalStatus.InProcess, supplied.Dossier!.Status);

        // 37 working hours were left of the appointment and 21 of the appraisal, counted again from Tue 10/3 14:00.
        var d = await h.DossierAsync(dossier.Id);
        Assert.Equal(Vn(2026, 3, 17, 9), d.WorkingDueAt);
        Assert.Equal(Vn(2026, 3, 17, 9), d.AppointmentAt);
        var task = Assert.Single(await h.RowsAsync<DossierTask>(), t => t.Id == appraisal.Id);
        Assert.Equal(Vn(2026, 3, 13, 9), task.DueAt);
        var request = Assert.Single(await h.RowsAsync<SupplementRequest>());
        Assert.Equal((Vn(2026, 3, 11, 16), Vn(2026, 3, 17, 9)), (request.PreviousAppointmentAt!.Value, request.NewAppointmentAt!.Value));
        var pause = Assert.Single(await h.RowsAsync<ClockPause>());
        Assert.Equal((PauseKind.Supplement, Vn(2026, 3, 5, 9), Vn(2026, 3, 10, 14)), (pause.Kind, pause.StartedAt, pause.EndedAt!.Value));
        var timers = await h.TimersAsync();
        Assert.Contains(timers, t => t.Purpose == TimerPurpose.AppointmentPassed && t.DueAt == Vn(2026, 3, 17, 9));
        Assert.Contains(timers, t => t.Purpose == TimerPurpose.StepNearDue && t.Ref == appraisal.Id);

        await h.AdvanceToAsync(Vn(2026, 3, 13, 9));
        Assert.Contains(await h.NotificationsAsync(dossier.Id), n => n.Kind == NotificationKind.StepDue && n.CreatedAt == Vn(2026, 3, 13, 9));
    }

    [Fact]
    public async Task A_second_supplement_request_is_flagged_and_goes_out_only_with_the_leaders_approval()
    {
        await using var h = new DeadlineHarness(Vn(2026, 3, 4, 16));
        var dossier = await h.FileMarriageAsync();
        var appraisal = dossier.ActiveTasks.Single();
        var specialist = h.World.OfficerFor(appraisal);
        await h.RunAsync(new RequestSupplement(appraisal.Id, "Giấy xác nhận tình trạng hôn nhân", specialist));
        await h.RunAsync(new RecordSupplement(dossier.Id, h.World.DeskOfficer));

        var second = await h.RunAsync(new RequestSupplement(appraisal.Id, "Bản sao hộ chiếu", specialist));
        var request = (await h.RowsAsync<SupplementRequest>()).Single(r => r.NeedsApproval);
        var bySpecialist = await h.RunAsync(new DecideSupplementRequest(dossier.Id, request.Id, true, specialist));
        var approved = await h.RunAsync(new DecideSupplementRequest(dossier.Id, request.Id, true, h.World.Leader));

        Assert.Equal((NationalStatus.InProcess, DossierSubState.SupplementAwaitingApproval), (second.Dossier!.Status, second.Dossier.SubState));
        Assert.Contains(await h.NotificationsAsync(dossier.Id), n => n.Kind == NotificationKind.SupplementApprovalNeeded && n.Role == "Leader");
        Assert.Equal(DomainErrorCode.NotYours, bySpecialist.Error!.Code);
        Assert.Equal(NationalStatus.WaitingForSupplement, approved.Dossier!.Status);
        var d = await h.DossierAsync(dossier.Id);
        Assert.Equal(2, d.SupplementCount);
        Assert.Equal(2, (await h.RowsAsync<ClockPause>()).Count);
    }

    [Fact]
    public async Task Suspension_pauses_the_clock_and_a_withdrawn_dossier_keeps_no_timers()
    {
        await using var h = new DeadlineHarness(Vn(2026, 3, 4, 16));
        var dossier = await h.FileMarriageAsync();
        var leader = h.World.Leader;
        await h.AdvanceToAsync(Vn(2026, 3, 5, 7));

        var unreasoned = await h.RunAsync(new SuspendDossier(dossier.Id, leader, " "));
        var byDesk = await h.RunAsync(new SuspendDossier(dossier.Id, h.World.DeskOfficer, "Xác minh"));
        var suspended = await h.RunAsync(new SuspendDossier(dossier.Id, leader, "Xác minh tình trạng hôn nhân tại nơi cư trú trước"));
        Assert.Equal([DomainErrorCode.InvalidInput, DomainErrorCode.NotYours], new[] { unreasoned.Error!.Code, byDesk.Error!.Code });
        Assert.Equal(DossierSubState.Suspended, suspended.Dossier!.SubState);
        Assert.DoesNotContain(await h.TimersAsync(), t => t.Purpose != TimerPurpose.Bookmark);

        // Suspended for all of Thu 5/3 (8 working hours): the appointment moves from Wed 11/3 to Thu 12/3 16:00.
        await h.AdvanceToAsync(Vn(2026, 3, 6, 7));
        Assert.True((await h.RunAsync(new ResumeDossier(dossier.Id, leader))).Succeeded);
        Assert.Equal(Vn(2026, 3, 12, 16), (await h.DossierAsync(dossier.Id)).WorkingDueAt);

        var withdrawn = await h.RunAsync(new EndDossier(dossier.Id, h.World.DeskOfficer, "Công dân xin rút hồ sơ", ByApplicant: true));
        Assert.Equal(NationalStatus.Withdrawn, withdrawn.Dossier!.Status);
        Assert.Empty(withdrawn.Dossier.ActiveTasks);
        Assert.Empty(await h.TimersAsync());
        var again = await h.RunAsync(new EndDossier(dossier.Id, h.World.Leader, "Dừng xử lý", ByApplicant: false));
        Assert.Equal(DomainErrorCode.InvalidState, again.Error!.Code);
    }
}
