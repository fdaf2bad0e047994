using TthcFlow.Definitions.Activities;
using TthcFlow.Definitions.Organisation;
using TthcFlow.Engine.Deadlines;
using TthcFlow.Engine.Notifications;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Tasks;
using TthcFlow.Engine.Tests.Persistence;
using static TthcFlow.Engine.Tests.Deadlines.DeadlineHarness;

namespace TthcFlow.Engine.Tests.Deadlines;

/// <summary>
/// A step that overruns escalates at working instants: near due (12 working hours before, as
/// configured here) to the officer holding it, at due to the head of the unit, one working day
/// after to the agency's leader — counted over weekends, Tết 2026 and the worked Saturday 22/8/2026.
/// Office hours 07:00–11:30, 13:30–17:00; the marriage registration's appraisal has 24 working hours.
/// </summary>
public sealed class EscalationTests
{
    public static TheoryData<DateTimeOffset, DateTimeOffset, DateTimeOffset, DateTimeOffset> Calendars => new()
    {
        // Received Wed 4/3 16:00: 1 h Wed, 8 Thu, 8 Fri, 7 Mon → due Mon 9/3 16:00; near due back across the weekend on Fri.
        { Vn(2026, 3, 4, 16), Vn(2026, 3, 6, 10), Vn(2026, 3, 9, 16), Vn(2026, 3, 10, 16) },
        // Received Thu 12/2 16:00: 1 h Thu, 8 Fri 13/2, Tết 14–22/2 off, 8 Mon 23/2, 7 Tue → due Tue 24/2 16:00.
        { Vn(2026, 2, 12, 16), Vn(2026, 2, 23, 10), Vn(2026, 2, 24, 16), Vn(2026, 2, 25, 16) },
        // Received Thu 20/8 16:00: 1 h Thu, 8 Fri, 8 on the worked Saturday 22/8, 7 Mon 24/8 → due Mon 16:00; near due on the Saturday.
        { Vn(2026, 8, 20, 16), Vn(2026, 8, 22, 10), Vn(2026, 8, 24, 16), Vn(2026, 8, 25, 16) },
    };

    [Theory]
    [MemberData(nameof(Calendars))]
    public async Task An_overrunning_step_escalates_to_the_assignee_the_head_of_unit_and_the_leader_at_working_instants(
        DateTimeOffset received, DateTimeOffset nearDue, DateTimeOffset due, DateTimeOffset overdue)
    {
        await using var h = new DeadlineHarness(received);
        var dossier = await h.FileMarriageAsync();
        var appraisal = dossier.ActiveTasks.Single();
        var specialist = h.World.OfficerFor(appraisal);
        Assert.True((await h.RunAsync(new ClaimTask(appraisal.Id, specialist))).Succeeded);
        var task = Assert.Single(await h.RowsAsync<DossierTask>(), t => t.Id == appraisal.Id);
        Assert.Equal((nearDue, due, overdue), (task.WarningAt!.Value, task.DueAt!.Value, task.OverdueAt!.Value));
        Assert.Contains(await h.TimersAsync(), t => t is { Purpose: TimerPurpose.StepNearDue } && t.Ref == appraisal.Id && t.DueAt == nearDue);

        await h.AdvanceToAsync(nearDue.AddMinutes(-1));
        Assert.Empty(await h.NotificationsAsync(dossier.Id));
        await h.AdvanceToAsync(overdue.AddHours(1));

        var raised = (await h.NotificationsAsync(dossier.Id)).Where(n => n.TaskId == appraisal.Id && n.Kind <= NotificationKind.StepOverdue).ToList();
        Assert.Equal([NotificationKind.StepNearDue, NotificationKind.StepDue, NotificationKind.StepOverdue], raised.Select(n => n.Kind));
        Assert.Equal([nearDue, due, overdue], raised.Select(n => n.CreatedAt));
        Assert.Equal(specialist.UserName, raised[0].RecipientUser);
        var committee = h.World.Organisation.GetAgency(DossierWorld.Committee);
        var head = h.World.Organisation.HeadOfUnit(committee, committee.FindUnit(appraisal.UnitCode)!)!;
        Assert.Equal((committee.EId, head.Unit.Code, head.Role), (raised[1].AgencyEId!, raised[1].UnitCode!, raised[1].Role!));
        Assert.Equal((committee.EId, RoleCodes.Leader), (raised[2].AgencyEId!, raised[2].Role!));
        Assert.All(raised, n => Assert.Contains(dossier.Code, n.Text));
        Assert.DoesNotContain(await h.TimersAsync(), t => t.Ref == appraisal.Id);
        // Escalations are for officers: their notification rows are the delivery (the inbox reads them), nothing leaves the engine.
        Assert.Empty(await h.OutboxAsync("Notifications"));
    }

    [Fact]
    public async Task A_deadline_fired_twice_or_early_has_one_effect()
    {
        await using var h = new DeadlineHarness(Vn(2026, 3, 4, 16));
        var dossier = await h.FileMarriageAsync();
        var appraisal = dossier.ActiveTasks.Single();
        var early = await h.RunAsync(new FireStepDeadline(dossier.Id, appraisal.Id, EscalationPoint.Due));
        await h.AdvanceToAsync(Vn(2026, 3, 9, 16));
        var again = await h.RunAsync(new FireStepDeadline(dossier.Id, appraisal.Id, EscalationPoint.Due));

        Assert.Equal(dossier.Version, early.Dossier!.Version);
        Assert.Single(await h.NotificationsAsync(dossier.Id), n => n.Kind == NotificationKind.StepDue);
        Assert.Equal((await h.DossierAsync(dossier.Id)).Version, again.Dossier!.Version);
    }
}
