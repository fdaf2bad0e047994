using TthcFlow.Definitions.Activities;
using TthcFlow.Definitions.Calendar;
using TthcFlow.Engine.Tasks;

namespace TthcFlow.Engine.Interconnection;

/// <summary>
/// One unit's stay with a dossier in an interconnected chain (liên thông): the agency, when the
/// dossier entered and left it, the working hours allotted to it and the working hours it used —
/// late when it used more than its share, so a delay is attributed to the unit that caused it.
/// </summary>
public sealed record UnitStay(
    long TaskId, string AgencyEId, string UnitCode, string? Title, DateTimeOffset EnteredAt, DateTimeOffset? LeftAt,
    double AllottedHours, double UsedHours, bool CountsTowardLimit)
{
    /// <summary>The unit used more working time than allotted (trễ hạn tại đơn vị này).</summary>
    public bool Late => UsedHours > AllottedHours;
}

/// <summary>
/// The per-unit time ledger of a dossier, read from its step rows: every transfer is one stay at the
/// receiving agency (its internal procedure's steps included, uncounted nested transfers excluded); the dossier's own steps are stays at
/// the agency that held them. Working hours follow the working calendar (days off not counted).
/// </summary>
public static class UnitTimeLedger
{
    public static IReadOnlyList<UnitStay> Of(IEnumerable<DossierTask> tasks, WorkingCalendar calendar, DateTimeOffset now)
    {
        var rows = tasks.Where(t => t.Status != OfficerTaskStatus.Cancelled).ToList();
        double Hours(DossierTask t) => calendar.WorkingTimeBetween(t.OpenedAt, t.CompletedAt ?? now).TotalHours;
        // A transfer's own time excludes the uncounted time of transfers nested in it (the tax authority's share).
        double Used(DossierTask t) => Hours(t) - rows
            .Where(n => n.ParentTaskId == t.Id && n.StepType == ActivityTypeNames.Transfer && !n.CountsTowardLimit)
            .Sum(Hours);
        return rows
            .Where(t => t.StepType == ActivityTypeNames.Transfer || (t.ParentTaskId is null && t.AllotmentHours > 0))
            .OrderBy(t => t.OpenedAt).ThenBy(t => t.Id)
            .Select(t => new UnitStay(t.Id, t.AgencyEId, t.UnitCode, t.Title, t.OpenedAt, t.CompletedAt, t.AllotmentHours,
                Math.Round(Used(t), 2), t.CountsTowardLimit))
            .ToList();
    }

    /// <summary>The agencies that used more than their allotment, in the order they held the dossier.</summary>
    public static IReadOnlyList<string> LateAgencies(IReadOnlyList<UnitStay> ledger) =>
        ledger.Where(s => s.Late).Select(s => s.AgencyEId).Distinct().ToList();
}
