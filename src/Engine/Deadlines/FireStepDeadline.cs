using TthcFlow.Definitions.Activities;
using TthcFlow.Engine.Dossiers;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Persistence;

namespace TthcFlow.Engine.Deadlines;

/// <summary>
/// A step's escalation timer is due (sắp đến hạn, đến hạn, quá hạn): the step records the point and
/// the declared recipients are notified (stored for their inboxes, sent through the outbox).
/// Idempotent: a point already fired, a step no longer live, a paused clock or an early call change
/// nothing.
/// </summary>
public sealed record FireStepDeadline(long DossierId, long TaskId, EscalationPoint Point) : DossierCommand
{
    internal override DossierTarget Target => DossierTarget.Dossier(DossierId);

    internal override CommandOutcome Apply(DossierState? state, CommandContext context)
    {
        if (state!.FindTask(TaskId) is not { IsActive: true } task || DossierLifecycle.IsClosed(state.Dossier.Status)
            || (state.OpenPause is not null && task.CountsTowardLimit))
            return CommandOutcome.Unchanged(state);
        if ((task.Escalated is { } fired && fired >= Point)
            || DeadlineTimers.InstantOf(task, Point) is not { } at || at > context.Now)
            return CommandOutcome.Unchanged(state);
        var escalated = task with { Escalated = Point };
        var next = state.WithTask(escalated).WithNotifications(EscalationRules.Raise(state, escalated, Point, context));
        return CommandOutcome.Changed(next, new AuditEntry($"Step{Point}", null, TaskId, task.Title));
    }
}
