using TthcFlow.Definitions.Activities;
using TthcFlow.Engine.Apologies;
using TthcFlow.Engine.Dossiers;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Tasks;

namespace TthcFlow.Engine.Deadlines;

/// <summary>
/// The deadline timers a dossier's state calls for — derived from the state, never stored beside
/// it, so the write path can arm and disarm rows by comparing two states. Each live step that
/// counts has one timer: its next declared escalation point (near due, due, overdue) not yet
/// fired. The dossier has one for foreseeing lateness (one working day before its due instant)
/// while no apology exists, and one for its due instant passing unreturned. A closed dossier has
/// none; while its clock is paused only the uncounted steps (the tax authority's share) keep theirs.
/// </summary>
internal static class DeadlineTimers
{
    public static void Collect(DossierState state, List<DossierTimer> into)
    {
        var d = state.Dossier;
        if (DossierLifecycle.IsClosed(d.Status))
            return;
        bool paused = state.OpenPause is not null;
        foreach (var task in state.Tasks)
        {
            if (!task.IsActive || (paused && task.CountsTowardLimit))
                continue;
            if (NextEscalation(task) is { } next)
                into.Add(Timer(d.Id, PurposeOf(next.Point), task.Id, next.At));
        }
        if (paused)
            return;
        if (d.Status < NationalStatus.Processed && d.ForeseeLateAt is { } foresee && state.Apologies.Count == 0)
            into.Add(Timer(d.Id, TimerPurpose.ApologyForeseen, 0, foresee));
        if (d.WorkingDueAt is { } due && d.EscalatedToSuperiorAt is null && (state.Apologies.Count == 0 || ApologyRules.Reappointed(state)))
            into.Add(Timer(d.Id, TimerPurpose.AppointmentPassed, 0, due));
    }

    /// <summary>
    /// The step's next declared escalation point after the last one fired, with its instant. A step
    /// opened already inside its near-due window gets no near-due escalation: its opening told the holder.
    /// </summary>
    public static (EscalationPoint Point, DateTimeOffset At)? NextEscalation(DossierTask task)
    {
        foreach (var point in (ReadOnlySpan<EscalationPoint>)[EscalationPoint.NearDue, EscalationPoint.Due, EscalationPoint.Overdue])
        {
            if (task.Escalated is { } fired && point <= fired)
                continue;
            if (point == EscalationPoint.NearDue && task.WarningAt <= task.OpenedAt)
                continue; // born near due (a step shorter than the window): opening it is the warning
            if (EscalationRules.Declared(task, point).Any() && InstantOf(task, point) is { } at)
                return (point, at);
        }
        return null;
    }

    public static DateTimeOffset? InstantOf(DossierTask task, EscalationPoint point) => point switch
    {
        EscalationPoint.NearDue => task.WarningAt,
        EscalationPoint.Due => task.DueAt,
        _ => task.OverdueAt,
    };

    public static TimerPurpose PurposeOf(EscalationPoint point) => point switch
    {
        EscalationPoint.NearDue => TimerPurpose.StepNearDue,
        EscalationPoint.Due => TimerPurpose.StepDue,
        _ => TimerPurpose.StepOverdue,
    };

    private static DossierTimer Timer(long dossierId, TimerPurpose purpose, long reference, DateTimeOffset at) =>
        new() { DossierId = dossierId, Purpose = purpose, Ref = reference, DueAt = at };
}
