using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Tasks;

namespace TthcFlow.Engine.Persistence;

/// <summary>Why a command was refused; the API maps each code to an HTTP status.</summary>
public enum DomainErrorCode
{
    /// <summary>No such dossier, task or procedure (404).</summary>
    NotFound,

    /// <summary>The officer may not act on it: another unit, role or assignee (403).</summary>
    NotYours,

    /// <summary>The input is malformed or incomplete (400/422).</summary>
    InvalidInput,

    /// <summary>The outcome is not one of the step's outcomes (422).</summary>
    WrongOutcome,

    /// <summary>Someone else changed it first: already completed, claimed by another, stale version (409).</summary>
    Conflict,

    /// <summary>Not allowed in the dossier's current state, e.g. completing while it waits for a supplement (409).</summary>
    InvalidState,

    /// <summary>The procedure cannot go on (a step lands on no unit, the instance faulted) (422).</summary>
    ProcedureError,
}

/// <summary>A domain refusal: the code and a message for the officer (English; the API localises).</summary>
public sealed record DomainError(DomainErrorCode Code, string Message)
{
    public static DomainError NotFound(string message) => new(DomainErrorCode.NotFound, message);
    public static DomainError NotYours(string message) => new(DomainErrorCode.NotYours, message);
    public static DomainError Invalid(string message) => new(DomainErrorCode.InvalidInput, message);
    public static DomainError Conflict(string message) => new(DomainErrorCode.Conflict, message);
    public static DomainError InvalidState(string message) => new(DomainErrorCode.InvalidState, message);
}

/// <summary>A task as a command's caller sees it after the commit.</summary>
public sealed record TaskSummary(
    long Id, string? Title, string StepType, string AgencyEId, string UnitCode, string Role,
    OfficerTaskStatus Status, IReadOnlyList<string> Outcomes, string? AssignedTo, DateTimeOffset? DueAt)
{
    internal static TaskSummary Of(DossierTask t) =>
        new(t.Id, t.Title, t.StepType, t.AgencyEId, t.UnitCode, t.Role, t.Status, t.Outcomes, t.AssignedTo, t.DueAt);
}

/// <summary>The dossier after a committed command: identity, status, version and its live tasks.</summary>
public sealed record DossierSummary(
    long Id, string Code, NationalStatus Status, DossierSubState SubState, int Version, IReadOnlyList<TaskSummary> ActiveTasks)
{
    internal static DossierSummary Of(DossierState s) => new(
        s.Dossier.Id, s.Dossier.Code, s.Dossier.Status, s.Dossier.SubState, s.Dossier.Version,
        s.Tasks.Where(t => t.IsActive).Select(TaskSummary.Of).ToArray());
}

/// <summary>
/// The answer to a command, given only after its transaction committed (or the command was
/// refused): either the dossier as it now is, or the domain error.
/// </summary>
public sealed record CommandResult(DossierSummary? Dossier, DomainError? Error)
{
    public bool Succeeded => Error is null;

    internal static CommandResult Ok(DossierState state) => new(DossierSummary.Of(state), null);
    internal static CommandResult Failed(DomainError error) => new(null, error);
}
