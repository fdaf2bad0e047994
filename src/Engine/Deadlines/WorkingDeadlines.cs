using TthcFlow.Definitions.Calendar;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Persistence;

namespace TthcFlow.Engine.Deadlines;

/// <summary>
/// Hạn xử lý — the planned instants of a step and of a dossier, all in working time on the
/// calendar: a step's due instant is its allotment from the next office session; near due is the
/// configured window of working time before it; overdue the configured grace after it. A dossier
/// must be foreseen late one working day before its due instant.
/// </summary>
internal static class WorkingDeadlines
{
    /// <summary>The near-due, due and overdue instants of a step opened at an instant with an allotment in working hours.</summary>
    public static StepPlan PlanStep(DateTimeOffset opened, decimal allotmentHours, WorkingCalendar calendar, DossierOptions options)
    {
        if (allotmentHours <= 0)
            return default;
        var start = calendar.StartOfWork(opened);
        var due = calendar.AddWorkingTime(start, TimeSpan.FromHours((double)allotmentHours));
        return new StepPlan(Before(calendar, start, due, options.NearDueWindow), due, calendar.AddWorkingTime(due, options.OverdueAfter));
    }

    /// <summary>The plan again around a moved due instant (after a pause or a calendar change).</summary>
    public static StepPlan AroundDue(DateTimeOffset from, DateTimeOffset due, WorkingCalendar calendar, DossierOptions options) =>
        new(Before(calendar, from < due ? from : due, due, options.NearDueWindow), due, calendar.AddWorkingTime(due, options.OverdueAfter));

    /// <summary>The latest instant, not before <paramref name="from"/>, at which <paramref name="window"/> of working time is left before <paramref name="due"/>.</summary>
    public static DateTimeOffset Before(WorkingCalendar calendar, DateTimeOffset from, DateTimeOffset due, TimeSpan window)
    {
        var total = calendar.WorkingTimeBetween(from, due);
        return total <= window ? from : calendar.AddWorkingTime(from, total - window);
    }

    /// <summary>
    /// The dossier with a due instant in force, and the instant by which lateness must be foreseen —
    /// none when less than that much working time is left (only the due instant itself is watched then).
    /// </summary>
    public static Dossier WithDue(Dossier dossier, DateTimeOffset? due, DateTimeOffset now, WorkingCalendar calendar, DossierOptions options) =>
        dossier with { WorkingDueAt = due, ForeseeLateAt = due is { } d ? ForeseeBy(calendar, now, d, options.ForeseeLateBefore) : null };

    private static DateTimeOffset? ForeseeBy(WorkingCalendar calendar, DateTimeOffset now, DateTimeOffset due, TimeSpan before) =>
        calendar.WorkingTimeBetween(now, due) > before ? Before(calendar, now, due, before) : null;
}

/// <summary>A step's planned instants: sắp đến hạn, hạn xử lý, quá hạn.</summary>
internal readonly record struct StepPlan(DateTimeOffset? NearDueAt, DateTimeOffset? DueAt, DateTimeOffset? OverdueAt);
