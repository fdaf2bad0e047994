using TthcFlow.Engine.Deadlines;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Interconnection;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Runtime;
using TthcFlow.Engine.Tasks;

namespace TthcFlow.Engine.Dossiers.Procedures;

/// <summary>
/// Applies what the runtime answered to a dossier: the new instance state, then each effect in
/// order — a step opened becomes a task in its unit's inbox, a step closed completes or cancels its
/// task, the end of the instance closes the dossier — with the lifecycle's status rules after each.
/// An answer may come from the dossier's own procedure or from the internal procedure a receiving
/// unit runs for a transfer (quy trình liên thông, a child process: <see cref="ChildProcesses"/>);
/// the <c>scope</c> is that transfer's task, or null for the dossier's own procedure.
/// Steps the law does not count (a tax authority's share, the payment) pause the dossier's clock
/// while they are live. Timers need nothing here: the write path derives them from the state. A refusal by the runtime becomes a domain error and changes nothing.
/// </summary>
internal static class ProcedureProgress
{
    public static (DossierState? State, DomainError? Error) Apply(
        DossierState state, RunResult run, ActingOfficer? officer, CommandContext context) =>
        Apply(state, run, null, officer, context);

    /// <summary>Applies an answer of the procedure in <paramref name="scope"/> (null: the dossier's own).</summary>
    public static (DossierState? State, DomainError? Error) Apply(
        DossierState state, RunResult run, DossierTask? scope, ActingOfficer? officer, CommandContext context)
    {
        var (next, error) = ApplyIn(state, run, scope, officer, context);
        return error is not null ? (null, error) : (ClockPauses.FollowUncountedSteps(next!, context), null);
    }

    /// <summary>The procedure version and instance state that run in a scope (null: the dossier's own procedure).</summary>
    public static (ProcedureVersion? Procedure, InstanceState? Instance) Scope(DossierState state, DossierTask? scope, CommandContext context)
    {
        if (scope is null)
            return (context.Runtime.Find(state.Dossier.DefinitionId, state.Dossier.DefinitionVersion), state.Instance);
        if (scope.ChildDefinitionId is not { } id || scope.ChildVersion is not { } version || scope.ChildInstance is not { } data)
            return (null, null);
        return (context.Runtime.Find(id, version), context.Runtime.Deserialize(data));
    }

    internal static (DossierState? State, DomainError? Error) ApplyIn(
        DossierState state, RunResult run, DossierTask? scope, ActingOfficer? officer, CommandContext context)
    {
        if (run.Error is { } refused)
            return (null, Map(refused));
        var next = scope is null
            ? state with { Instance = run.State! }
            : state.WithTask(state.FindTask(scope.Id)! with { ChildInstance = context.Runtime.Serialize(run.State!) });
        foreach (var effect in run.Effects)
        {
            DomainError? error = null;
            switch (effect)
            {
                case HumanTaskOpened opened:
                {
                    (var task, error) = TaskPlacement.ForHumanStep(next, opened, officer, context, scope);
                    if (task is not null)
                        next = DossierLifecycle.OnOpened(next.WithTask(task), task);
                    break;
                }
                case ChildProcessRequested requested:
                {
                    (var opened, error) = ChildProcesses.Open(next, requested, scope, officer, context);
                    next = opened ?? next;
                    break;
                }
                case BookmarkClosed { Kind: BookmarkKind.HumanTask or BookmarkKind.ChildProcess } closed
                    when ChildProcesses.ActiveTask(next, scope, closed.BookmarkId) is { } task:
                    next = Close(next, task, closed, officer, context);
                    break;
                case StatusReported reported when scope is null:
                    next = DossierLifecycle.OnInstance(next, reported.Status, context);
                    break;
                case StatusReported reported:
                {
                    (var ended, error) = ChildProcesses.Ended(next, next.FindTask(scope.Id)!, reported.Status, officer, context);
                    next = ended ?? next;
                    break;
                }
            }
            if (error is not null)
                return (null, error);
        }
        return (next, null);
    }

    private static DossierState Close(DossierState state, DossierTask task, BookmarkClosed closed, ActingOfficer? officer, CommandContext context)
    {
        if (closed.Closure == BookmarkClosure.Cancelled)
        {
            var cancelled = task with { Status = OfficerTaskStatus.Cancelled, CompletedAt = closed.ClosedAt };
            var withChildren = ChildProcesses.CancelSteps(state.WithTask(cancelled), cancelled, closed.ClosedAt);
            return DossierLifecycle.OnCancelled(withChildren, cancelled);
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
