using TthcFlow.Definitions.Activities;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Tasks;

namespace TthcFlow.Engine.Deadlines;

/// <summary>
/// Tạm dừng tính thời gian — stopping and restarting a dossier's clock. A pause records the due
/// instant in force; when it ends, every instant still ahead at the pause (the dossier's
/// appointment and due instant, the live steps' near-due, due and overdue instants) moves so that
/// the working time that was left is left again, counted from the next office session. One pause
/// at a time: a pause asked while another is open joins it.
/// </summary>
internal static class ClockPauses
{
    public static DossierState Pause(DossierState state, PauseKind kind, long? taskId, string? by, string? reason, CommandContext context)
    {
        if (state.OpenPause is not null)
            return state;
        return state.WithPause(new ClockPause
        {
            Id = context.NewId(),
            DossierId = state.Id,
            Kind = kind,
            TaskId = taskId,
            StartedAt = context.Now,
            StartedBy = by,
            Reason = reason,
            DueBefore = state.Dossier.WorkingDueAt,
        });
    }

    /// <summary>Ends the open pause of a kind (none: unchanged) and moves the instants ahead.</summary>
    public static DossierState Resume(DossierState state, PauseKind kind, CommandContext context)
    {
        if (state.OpenPause is not { } pause || pause.Kind != kind)
            return state;
        var calendar = context.Calendar;
        var restart = calendar.StartOfWork(context.Now);
        DateTimeOffset? Move(DateTimeOffset? at) =>
            at is { } x && x > pause.StartedAt ? calendar.AddWorkingTime(restart, calendar.WorkingTimeBetween(pause.StartedAt, x)) : at;

        var next = state.Change(x => WorkingDeadlines.WithDue(
            x with { AppointmentAt = Move(x.AppointmentAt) }, Move(x.WorkingDueAt), context.Now, calendar, context.Options));
        foreach (var task in state.Tasks)
        {
            if (task.IsActive && !IsUncounted(task) && task.OpenedAt <= pause.StartedAt)
                next = next.WithTask(task with { WarningAt = Move(task.WarningAt), DueAt = Move(task.DueAt), OverdueAt = Move(task.OverdueAt) });
        }
        return next.WithPause(pause with { EndedAt = context.Now, DueAfter = next.Dossier.WorkingDueAt });
    }

    /// <summary>
    /// The financial-obligation pause follows the steps the law does not count (a tax authority's
    /// transfer, the citizen's payment): it starts when one opens and ends when none is live.
    /// </summary>
    public static DossierState FollowUncountedSteps(DossierState state, CommandContext context)
    {
        var uncounted = state.Tasks.FirstOrDefault(t => t.IsActive && IsUncounted(t));
        if (uncounted is not null && state.OpenPause is null)
            return Pause(state, PauseKind.FinancialObligation, uncounted.Id, null, uncounted.Title, context);
        if (uncounted is null && state.OpenPause is { Kind: PauseKind.FinancialObligation })
            return Resume(state, PauseKind.FinancialObligation, context);
        return state;
    }

    private static bool IsUncounted(DossierTask task) =>
        !task.CountsTowardLimit || task.StepType == ActivityTypeNames.FinancialObligation;
}
