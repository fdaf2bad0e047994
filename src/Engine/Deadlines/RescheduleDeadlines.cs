using Microsoft.EntityFrameworkCore;
using TthcFlow.Definitions.Calendar;
using TthcFlow.Engine.Dossiers;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Storage;

namespace TthcFlow.Engine.Deadlines;

/// <summary>
/// Điều chỉnh lịch làm việc — the holiday calendar changed (a day off or a worked Saturday announced
/// or withdrawn): a pending dossier's instants still ahead (its due instant and appointment, the
/// instant to foresee lateness, its live steps' near-due, due and overdue instants) are recomputed
/// so that the working time left under the <paramref name="Previous"/> calendar is left under the
/// one in force; the write path re-arms the timers. Counted from now, or from the start of an open
/// pause. Idempotent: a dossier already on the new calendar is unchanged.
/// </summary>
public sealed record RescheduleDeadlines(long DossierId, WorkingCalendar Previous) : DossierCommand
{
    internal override DossierTarget Target => DossierTarget.Dossier(DossierId);

    internal override CommandOutcome Apply(DossierState? state, CommandContext context)
    {
        var d = state!.Dossier;
        if (DossierLifecycle.IsClosed(d.Status))
            return CommandOutcome.Unchanged(state);
        var anchor = state.OpenPause?.StartedAt ?? context.Now;
        var calendar = context.Calendar;
        DateTimeOffset? Move(DateTimeOffset? at) =>
            at is { } x && x > anchor ? calendar.AddWorkingTime(anchor, Previous.WorkingTimeBetween(anchor, x)) : at;

        var next = state.Change(x => x with
        {
            WorkingDueAt = Move(x.WorkingDueAt),
            AppointmentAt = Move(x.AppointmentAt),
            ForeseeLateAt = Move(x.ForeseeLateAt),
        });
        foreach (var task in state.Tasks.Where(t => t.IsActive))
        {
            var moved = task with { WarningAt = Move(task.WarningAt), DueAt = Move(task.DueAt), OverdueAt = Move(task.OverdueAt) };
            if (moved != task)
                next = next.WithTask(moved);
        }
        if (next.Dossier == d && ReferenceEquals(next.Tasks, state.Tasks))
            return CommandOutcome.Unchanged(state);
        return CommandOutcome.Changed(next, new AuditEntry("DeadlinesRescheduled", null,
            Detail: $"calendar changed: due {VietnamTextOf(d.WorkingDueAt)} → {VietnamTextOf(next.Dossier.WorkingDueAt)}"));
    }

    private static string VietnamTextOf(DateTimeOffset? at) => at is { } x ? Notifications.VietnamText.Instant(x) : "—";

    /// <summary>The dossiers whose deadlines a calendar change may move: received, not closed.</summary>
    public static async Task<IReadOnlyList<long>> PendingDossiersAsync(IDbContextFactory<EngineDbContext> contexts, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        NationalStatus[] closed = [NationalStatus.NotReceived, NationalStatus.Withdrawn, NationalStatus.Stopped, NationalStatus.Returned];
        return await db.Set<Dossier>().AsNoTracking()
            .Where(x => x.WorkingDueAt != null && !closed.Contains(x.Status))
            .OrderBy(x => x.Id).Select(x => x.Id).ToListAsync(ct);
    }

    /// <summary>Reschedules every pending dossier through a pipeline that runs on the new calendar; returns how many were processed.</summary>
    public static async Task<int> RescheduleAllAsync(
        CommitPipeline pipeline, IDbContextFactory<EngineDbContext> contexts, WorkingCalendar previous, CancellationToken ct = default)
    {
        var ids = await PendingDossiersAsync(contexts, ct);
        var results = await Task.WhenAll(ids.Select(id => pipeline.ExecuteAsync(new RescheduleDeadlines(id, previous), ct)));
        return results.Count(r => r.Succeeded);
    }
}
