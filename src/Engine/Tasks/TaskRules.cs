using TthcFlow.Definitions.Activities;
using TthcFlow.Engine.Apologies;
using TthcFlow.Engine.Dossiers;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Dossiers.Procedures;
using TthcFlow.Engine.Interconnection;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Runtime;

namespace TthcFlow.Engine.Tasks;

/// <summary>
/// Who may act on a task, and what completing one does. An officer acts only on tasks of their own
/// agency and unit, in a role they hold, and — once a task is assigned or claimed — only if it is
/// theirs. Completing resumes the procedure instance with the outcome and applies what follows; the
/// return step cannot complete while the dossier owes an apology.
/// </summary>
internal static class TaskRules
{
    /// <summary>Refuses an officer who may not act on the task, or a task that is no longer live.</summary>
    public static DomainError? CheckActor(DossierState state, DossierTask task, ActingOfficer officer)
    {
        if (!officer.SitsIn(task.AgencyEId, task.UnitCode))
            return DomainError.NotYours($"Task {task.Id} belongs to unit {task.UnitCode} of {task.AgencyEId}, not to yours.");
        if (!officer.Holds(task.Role))
            return DomainError.NotYours($"Task {task.Id} is for the role {task.Role}, which you do not hold.");
        if (!task.IsActive)
        {
            return DomainError.Conflict(task.Status == OfficerTaskStatus.Completed
                ? $"Task {task.Id} was already completed by {task.ReceivedByName ?? task.ReceivedBy} ({task.Outcome})."
                : $"Task {task.Id} was cancelled by the procedure.");
        }
        if (task.AssignedTo is { } assignee && assignee != officer.UserName)
            return DomainError.NotYours($"Task {task.Id} is assigned to {assignee}.");
        if (task.Status == OfficerTaskStatus.Claimed && task.ReceivedBy != officer.UserName)
            return DomainError.Conflict($"Task {task.Id} was taken by {task.ReceivedByName ?? task.ReceivedBy}.");
        if (state.Dossier.Status == NationalStatus.WaitingForSupplement && task.StepType != ActivityTypeNames.Receipt)
            return DomainError.InvalidState($"Dossier {state.Dossier.Code} waits for the citizen's supplement.");
        return null;
    }

    /// <summary>
    /// Completes a task with an outcome: the runtime resumes the step's bookmark (a human task, or a
    /// transfer's child process), and the tasks and status that follow are applied.
    /// </summary>
    public static (DossierState? State, DomainError? Error) Complete(
        DossierState state, DossierTask task, string outcome, string? comment, ActingOfficer officer, CommandContext context)
    {
        if (!task.Outcomes.Contains(outcome, StringComparer.Ordinal))
        {
            return (null, new DomainError(DomainErrorCode.WrongOutcome,
                $"'{outcome}' is not an outcome of '{task.Title ?? task.ActivityId}'; expected one of: {string.Join(", ", task.Outcomes)}."));
        }
        var d = state.Dossier;
        if (task.StepType == ActivityTypeNames.ReturnResult && ApologyRules.Owed(state) is { } owed)
            return (null, DomainError.InvalidState(
                $"Dossier {d.Code} owes an apology (văn bản xin lỗi) from {owed.AgencyEId}; the result cannot be returned until it is issued."));
        if (task.StepType == ActivityTypeNames.Transfer && ChildProcesses.RunsProcedure(task))
            return (null, DomainError.InvalidState(
                $"Transfer {task.Id} is answered by the internal procedure {task.ChildDefinitionId} of {task.AgencyEId}: complete its steps."));
        var scope = task.ParentTaskId is { } parent ? state.FindTask(parent) : null;
        var (procedure, instance) = ProcedureProgress.Scope(state, scope, context);
        if (procedure is null || instance is null)
        {
            var (id, version) = scope is null ? (d.DefinitionId, d.DefinitionVersion) : (scope.ChildDefinitionId, scope.ChildVersion ?? 0);
            return (null, new DomainError(DomainErrorCode.ProcedureError, $"Procedure {id} v{version} is not available."));
        }
        RuntimeCommand resume = task.StepType == ActivityTypeNames.Transfer
            ? new CompleteChildProcess(task.BookmarkId, outcome)
            : new CompleteHumanTask(task.BookmarkId, outcome, officer.UserName, comment);
        var withComment = state.WithTask(task with { Comment = comment });
        var run = context.Runtime.Resume(procedure, instance, resume, context.Now);
        return ProcedureProgress.Apply(withComment, run, scope, officer, context);
    }

    /// <summary>The head of a unit (or of its agency) may dispatch its tasks.</summary>
    public static bool HeadsUnit(ActingOfficer officer, DossierTask task, CommandContext context)
    {
        if (!officer.SitsIn(task.AgencyEId, task.UnitCode))
            return false;
        var unit = context.Organisation.FindAgency(task.AgencyEId)?.FindUnit(task.UnitCode);
        return unit?.HeadRole is { } head && officer.Holds(head);
    }

    public static DossierState Taken(DossierState state, DossierTask task, ActingOfficer officer, DateTimeOffset now)
    {
        var claimed = task with
        {
            Status = OfficerTaskStatus.Claimed,
            ReceivedBy = officer.UserName,
            ReceivedByName = officer.FullName,
            ReceivedAt = now,
        };
        var next = state.WithTask(claimed);
        return claimed.StepType is ActivityTypeNames.OfficerStep or ActivityTypeNames.Transfer
            ? DossierLifecycle.StartProcessing(next)
            : next;
    }
}
