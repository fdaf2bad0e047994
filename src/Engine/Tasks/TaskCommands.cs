using TthcFlow.Engine.Dossiers;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Persistence;

namespace TthcFlow.Engine.Tasks;

/// <summary>Nhận xử lý — an officer takes a task of their unit; nobody else may complete it then.</summary>
public sealed record ClaimTask(long TaskId, ActingOfficer Officer) : DossierCommand
{
    internal override DossierTarget Target => DossierTarget.Task(TaskId);

    internal override CommandOutcome Apply(DossierState? state, CommandContext context)
    {
        var task = state!.FindTask(TaskId)!;
        if (task.Status == OfficerTaskStatus.Claimed && task.ReceivedBy == Officer.UserName)
            return CommandOutcome.Unchanged(state);
        if (TaskRules.CheckActor(state, task, Officer) is { } refused)
            return refused;
        return CommandOutcome.Changed(TaskRules.Taken(state, task, Officer, context.Now),
            new AuditEntry("TaskClaimed", Officer.UserName, TaskId, task.Title));
    }
}

/// <summary>
/// Hoàn thành bước — an officer completes a task with one of its outcomes (and a comment); the
/// procedure moves on: the next steps open in their units' inboxes. A return step that sends the
/// result by post names the item's tracking number (<see cref="PostalReturn"/>).
/// </summary>
public sealed record CompleteTask(long TaskId, string Outcome, string? Comment, ActingOfficer Officer, string? PostalTracking = null) : DossierCommand
{
    internal override DossierTarget Target => DossierTarget.Task(TaskId);

    internal override CommandOutcome Apply(DossierState? state, CommandContext context)
    {
        var task = state!.FindTask(TaskId)!;
        if (string.IsNullOrWhiteSpace(Outcome))
            return DomainError.Invalid("An outcome is required.");
        if (TaskRules.CheckActor(state, task, Officer) is { } refused)
            return refused;
        if (PostalReturn.Check(state, task, PostalTracking) is { } postal)
            return postal;
        var (next, error) = TaskRules.Complete(state, task, Outcome, Comment, Officer, context);
        return error ?? CommandOutcome.Changed(PostalReturn.Posted(next!, PostalTracking, context.Now),
            new AuditEntry("TaskCompleted", Officer.UserName, TaskId, PostalTracking is null ? $"{task.Title}: {Outcome}" : $"{task.Title}: {Outcome}, bưu gửi {PostalItem.Normalise(PostalTracking)}"));
    }
}

/// <summary>
/// Phân công lại — the head of the unit (or the officer holding the task) hands it to another
/// officer of the same unit who holds the task's role; only that officer may take it then.
/// </summary>
public sealed record ReassignTask(long TaskId, ActingOfficer To, ActingOfficer Officer) : DossierCommand
{
    internal override DossierTarget Target => DossierTarget.Task(TaskId);

    internal override CommandOutcome Apply(DossierState? state, CommandContext context)
    {
        var task = state!.FindTask(TaskId)!;
        bool holder = task.ReceivedBy == Officer.UserName || task.AssignedTo == Officer.UserName;
        if (!TaskRules.HeadsUnit(Officer, task, context) && !(holder && Officer.SitsIn(task.AgencyEId, task.UnitCode)))
            return DomainError.NotYours($"Only the head of unit {task.UnitCode} or the officer holding task {TaskId} may reassign it.");
        if (!task.IsActive)
            return DomainError.Conflict($"Task {TaskId} is {task.Status.ToString().ToLowerInvariant()}.");
        if (!To.SitsIn(task.AgencyEId, task.UnitCode) || !To.Holds(task.Role))
            return DomainError.Invalid($"{To.UserName} is not a {task.Role} of unit {task.UnitCode}; a task is reassigned within its unit only.");
        var reassigned = task with
        {
            AssignedTo = To.UserName,
            Status = OfficerTaskStatus.Open,
            ReceivedBy = null,
            ReceivedByName = null,
            ReceivedAt = null,
        };
        return CommandOutcome.Changed(state.WithTask(reassigned),
            new AuditEntry("TaskReassigned", Officer.UserName, TaskId, $"{task.Title}: to {To.UserName}"));
    }
}

/// <summary>
/// Trả lại bước trước — an officer sends the dossier back along the step's send-back path
/// (<c>SentBack</c> in the sample procedures) with the reason; the procedure decides which earlier
/// step reopens.
/// </summary>
public sealed record SendBackTask(long TaskId, string Reason, ActingOfficer Officer, string? Outcome = null) : DossierCommand
{
    /// <summary>Outcome names that mean "send back" when the caller names none.</summary>
    public static IReadOnlyList<string> SendBackOutcomes { get; } = ["SentBack", "SendBack", "Returned", "NotApproved"];

    internal override DossierTarget Target => DossierTarget.Task(TaskId);

    internal override CommandOutcome Apply(DossierState? state, CommandContext context)
    {
        var task = state!.FindTask(TaskId)!;
        if (string.IsNullOrWhiteSpace(Reason))
            return DomainError.Invalid("A reason is required to send a dossier back.");
        if (TaskRules.CheckActor(state, task, Officer) is { } refused)
            return refused;
        var outcome = Outcome ?? SendBackOutcomes.FirstOrDefault(o => task.Outcomes.Contains(o, StringComparer.Ordinal));
        if (outcome is null)
            return new DomainError(DomainErrorCode.WrongOutcome, $"'{task.Title ?? task.ActivityId}' has no send-back path; its outcomes are: {string.Join(", ", task.Outcomes)}.");
        var (next, error) = TaskRules.Complete(state, task, outcome, Reason, Officer, context);
        return error ?? CommandOutcome.Changed(next!, new AuditEntry("TaskSentBack", Officer.UserName, TaskId, $"{task.Title}: {outcome}: {Reason}"));
    }
}
