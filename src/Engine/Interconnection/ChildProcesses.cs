using TthcFlow.Engine.Dossiers;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Dossiers.Procedures;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Runtime;
using TthcFlow.Engine.Tasks;

namespace TthcFlow.Engine.Interconnection;

/// <summary>
/// Xử lý liên thông — a transfer as a child process of the same dossier. The transfer becomes a task
/// at the target agency carrying that agency's allotment (its row in the per-unit ledger); when the
/// definition names the receiving unit's internal procedure (quy trình nội bộ), a child instance of
/// that published procedure starts, its steps land in the receiving agency's inboxes, and when it
/// ends its last step's outcome (<c>Done</c> or <c>Returned</c>) resumes the sender's procedure.
/// Without a named procedure the target's one-stop desk answers the transfer itself.
/// </summary>
internal static class ChildProcesses
{
    /// <summary>The outcome of a child process whose last step answered with neither of the transfer's outcomes.</summary>
    public const string Done = "Done";

    /// <summary>Places the transfer and, if it names an internal procedure, starts the child instance.</summary>
    public static (DossierState? State, DomainError? Error) Open(
        DossierState state, ChildProcessRequested requested, DossierTask? scope, ActingOfficer? officer, CommandContext context)
    {
        var (transfer, error) = TaskPlacement.ForTransfer(state, requested, officer, context, scope);
        if (transfer is null)
            return (null, error);
        if (requested.Settings.Procedure is not { Length: > 0 } definitionId)
            return (DossierLifecycle.OnOpened(state.WithTask(transfer), transfer), null);
        if (context.Runtime.FindPublished(definitionId) is not { } procedure)
        {
            return (null, new DomainError(DomainErrorCode.ProcedureError,
                $"Transfer '{requested.ActivityId}' names the internal procedure '{definitionId}', which is not published."));
        }
        var run = context.Runtime.Start(procedure, new StartInput(context.Now, null));
        if (run.State is null)
            return (null, new DomainError(DomainErrorCode.ProcedureError, $"Internal procedure '{definitionId}' did not start: {run.Error?.Message}."));
        transfer = transfer with
        {
            ChildDefinitionId = procedure.DefinitionId,
            ChildVersion = procedure.Version,
            ChildInstance = context.Runtime.Serialize(run.State),
        };
        var opened = DossierLifecycle.OnOpened(state.WithTask(transfer), transfer);
        return ProcedureProgress.ApplyIn(opened, run, transfer, officer, context);
    }

    /// <summary>The child instance of <paramref name="transfer"/> reported its status: when it ended, the sender resumes with its outcome.</summary>
    public static (DossierState? State, DomainError? Error) Ended(
        DossierState state, DossierTask transfer, InstanceStatus status, ActingOfficer? officer, CommandContext context)
    {
        if (status == InstanceStatus.Faulted)
            return (state.Change(d => d with { SubState = DossierSubState.Faulted }), null);
        if (status != InstanceStatus.Finished || !transfer.IsActive)
            return (state, null);
        var outcome = Outcome(state, transfer);
        var sender = transfer.ParentTaskId is { } id ? state.FindTask(id) : null;
        var (procedure, instance) = ProcedureProgress.Scope(state, sender, context);
        if (procedure is null || instance is null)
            return (null, new DomainError(DomainErrorCode.ProcedureError, $"The procedure that sent transfer {transfer.Id} is not available."));
        var run = context.Runtime.Resume(procedure, instance, new CompleteChildProcess(transfer.BookmarkId, outcome), context.Now);
        return ProcedureProgress.ApplyIn(state, run, sender, officer, context);
    }

    /// <summary>The live task waiting on a bookmark of the procedure in a scope (null: the dossier's own).</summary>
    public static DossierTask? ActiveTask(DossierState state, DossierTask? scope, int bookmarkId)
    {
        foreach (var task in state.Tasks)
        {
            if (task.BookmarkId == bookmarkId && task.IsActive && task.ParentTaskId == scope?.Id)
                return task;
        }
        return null;
    }

    /// <summary>A cancelled transfer withdraws every live step of its internal procedure (and of transfers nested in it).</summary>
    public static DossierState CancelSteps(DossierState state, DossierTask transfer, DateTimeOffset at)
    {
        var next = state;
        foreach (var step in state.Tasks.Where(t => t.ParentTaskId == transfer.Id && t.IsActive))
        {
            var cancelled = step with { Status = OfficerTaskStatus.Cancelled, CompletedAt = at };
            next = CancelSteps(next.WithTask(cancelled), cancelled, at);
        }
        return next;
    }

    /// <summary>Whether the transfer is answered by its internal procedure's steps, not directly.</summary>
    public static bool RunsProcedure(DossierTask task) => task.ChildDefinitionId is not null;

    private static string Outcome(DossierState state, DossierTask transfer)
    {
        var last = state.Tasks
            .Where(t => t.ParentTaskId == transfer.Id && t.Status == OfficerTaskStatus.Completed)
            .OrderBy(t => t.CompletedAt).ThenBy(t => t.Id)
            .LastOrDefault();
        return last?.Outcome is { } outcome && transfer.Outcomes.Contains(outcome, StringComparer.Ordinal) ? outcome : Done;
    }
}
