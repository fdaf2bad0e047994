using TthcFlow.Engine.Deadlines;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Runtime;
using TthcFlow.Engine.Tasks;

namespace TthcFlow.Engine.Dossiers.Procedures;

/// <summary>
/// Applies what the runtime answered to a dossier: the new instance state, then each effect in
/// order — a step opened becomes a task in its unit's inbox, a step closed completes or cancels its
/// task, the end of the instance closes the dossier — with the lifecycle's status rules after each.
/// Steps the law does not count (a tax authority's share, the payment) pause the dossier's clock
/// while they are live. Timers need nothing here: the write path derives them from the state. A refusal by the runtime becomes a domain error and changes nothing.
/// </summary>
internal static class ProcedureProgress
{
    public static (DossierState? State, DomainError? Error) Apply(
        DossierState state, RunResult run, ActingOfficer? officer, CommandContext context)
    {
        if (run.Error is { } refused)
            return (null, Map(refused));
        var next = state with { Instance = run.State! };
        foreach (var effect in run.Effects)
        {
            switch (effect)
            {
                case HumanTaskOpened opened:
                {
                    var (task, error) = TaskPlacement.ForHumanStep(next, opened, officer, context);
                    if (error is not null)
                        return (null, error);
                    next = DossierLifecycle.OnOpened(next.WithTask(task!), task!);
                    break;
                }
                case ChildProcessRequested requested:
                {
                    var (task, error) = TaskPlacement.ForTransfer(next, requested, officer, context);
                    if (error is not null)
                        return (null, error);
                    next = DossierLifecycle.OnOpened(next.WithTask(task!), task!);
                    break;
                }
                case BookmarkClosed { Kind: BookmarkKind.HumanTask or BookmarkKind.ChildProcess } closed
                    when next.ActiveTaskFor(closed.BookmarkId) is { } task:
                    next = Close(next, task, closed, officer, context);
                    break;
                case StatusReported reported:
                    next = DossierLifecycle.OnInstance(next, reported.Status, context);
                    break;
            }
        }
        return (ClockPauses.FollowUncountedSteps(next, context), null);
    }

    private static DossierState Close(DossierState state, DossierTask task, BookmarkClosed closed, ActingOfficer? officer, CommandContext context)
    {
        if (closed.Closure == BookmarkClosure.Cancelled)
        {
            var cancelled = task with { Status = OfficerTaskStatus.Cancelled, CompletedAt = closed.ClosedAt };
            return DossierLifecycle.OnCancelled(state.WithTask(cancelled), cancelled);
        }
        var completed = task with
        {
            Status = OfficerTaskStatus.Completed,
            CompletedAt = closed.ClosedAt,
            Outcome = closed.Outcome,
            Comment = closed.Comment ?? task.Comment,
            ReceivedBy = task.ReceivedBy ?? officer?.UserName,
            ReceivedByName = task.ReceivedByName ?? officer?.FullName,
            ReceivedAt = task.ReceivedAt ?? closed.ClosedAt,
        };
        return DossierLifecycle.OnCompleted(state.WithTask(completed), completed, officer, context);
    }

    private static DomainError Map(RuntimeError error) => error.Code switch
    {
        RuntimeErrorCode.InvalidOutcome => new(DomainErrorCode.WrongOutcome, error.Message),
        RuntimeErrorCode.BookmarkNotFound => DomainError.Conflict($"The step no longer waits: {error.Message}"),
        RuntimeErrorCode.InvalidInput => DomainError.Invalid(error.Message),
        RuntimeErrorCode.VersionMismatch => new(DomainErrorCode.ProcedureError, error.Message),
        _ => DomainError.InvalidState(error.Message),
    };
}
