using TthcFlow.Definitions.Calendar;
using TthcFlow.Engine.Deadlines;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Tasks;
using static TthcFlow.Engine.Tests.Deadlines.DeadlineHarness;

namespace TthcFlow.Engine.Tests.Deadlines;

/// <summary>A change to the holiday calendar reschedules pending deadlines and re-arms their timers.</summary>
public sealed class CalendarChangeTests
{
    [Fact]
    public async Task A_day_off_announced_later_moves_pending_due_instants_and_their_timers_by_one_working_day()
    {
        // Received Wed 4/3 16:00: appraisal due Mon 9/3 16:00, appointment Wed 11/3 16:00.
        await using var h = new DeadlineHarness(Vn(2026, 3, 4, 16));
        var dossier = await h.FileMarriageAsync();
        var appraisal = dossier.ActiveTasks.Single();
        await h.AdvanceToAsync(Vn(2026, 3, 5, 8));

        var previous = h.Environment.Calendar;
        var schedule = previous.ScheduleFor(2026);
        var changed = previous.WithSchedule(schedule.With(daysOff:
            [.. schedule.DaysOff, new DayOff(new DateOnly(2026, 3, 6), DayOffKind.Holiday, "Nghỉ theo quyết định của tỉnh", "Provincial day off")]));
        await h.SwitchCalendarAsync(changed);
        Assert.Equal(1, await RescheduleDeadlines.RescheduleAllAsync(h.Pipeline, h.World.Contexts, previous));
        var again = await h.RunAsync(new RescheduleDeadlines(dossier.Id, changed));

        var d = await h.DossierAsync(dossier.Id);
        Assert.Equal((Vn(2026, 3, 12, 16), Vn(2026, 3, 12, 16)), (d.WorkingDueAt!.Value, d.AppointmentAt!.Value));
        var task = Assert.Single(await h.RowsAsync<DossierTask>(), t => t.Id == appraisal.Id);
        Assert.Equal(Vn(2026, 3, 10, 16), task.DueAt);
        Assert.Equal(d.Version, again.Dossier!.Version);
        var timers = await h.TimersAsync();
        Assert.Contains(timers, t => t.Purpose == TimerPurpose.AppointmentPassed && t.DueAt == Vn(2026, 3, 12, 16));
        Assert.Contains(timers, t => t.Purpose == TimerPurpose.StepNearDue && t.Ref == appraisal.Id && t.DueAt == task.WarningAt);
        Assert.DoesNotContain(timers, t => t.DueAt.DateInVietnam() == new DateOnly(2026, 3, 6));
    }
}
