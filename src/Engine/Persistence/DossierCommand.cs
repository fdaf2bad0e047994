using TthcFlow.Engine.Dossiers.Model;

namespace TthcFlow.Engine.Persistence;

/// <summary>
/// Lệnh — one change asked of one dossier (submit, accept, complete a task, …). A command is a pure
/// function of the dossier's current state and the context's instant: it returns the new state and
/// the audit entry that describes the change, or a domain error that changes nothing. Commands run
/// only inside the <see cref="CommitPipeline"/>, which persists what they return.
/// </summary>
public abstract record DossierCommand
{
    /// <summary>When set, the command is refused with a conflict unless the dossier is at this version (If-Match).</summary>
    public int? ExpectedVersion { get; init; }

    /// <summary>The dossier the command acts on, by dossier id or by one of its task ids; none for a new dossier.</summary>
    internal abstract DossierTarget Target { get; }

    /// <param name="state">The dossier as committed plus earlier commands of the same batch; null for a new dossier.</param>
    /// <param name="context">The batch's instant, the environment and the transaction's allocators.</param>
    internal abstract CommandOutcome Apply(DossierState? state, CommandContext context);
}

/// <summary>How a command names its dossier.</summary>
internal readonly record struct DossierTarget(long? DossierId, long? TaskId)
{
    public static DossierTarget New => default;
    public static DossierTarget Dossier(long id) => new(id, null);
    public static DossierTarget Task(long id) => new(null, id);
    public bool IsNew => DossierId is null && TaskId is null;
}

/// <summary>What happened, for the audit record: the action, the actor, the task and a short detail.</summary>
internal sealed record AuditEntry(string Action, string? Actor, long? TaskId = null, string? Detail = null);

/// <summary>The result of applying a command: a new state with its audit entry, no change, or a refusal.</summary>
internal sealed class CommandOutcome
{
    private CommandOutcome(DossierState? state, AuditEntry? audit, DomainError? error)
    {
        State = state;
        Audit = audit;
        Error = error;
    }

    public DossierState? State { get; }
    public AuditEntry? Audit { get; }
    public DomainError? Error { get; }

    public static CommandOutcome Changed(DossierState state, AuditEntry audit) => new(state, audit, null);

    /// <summary>Nothing to change (e.g. claiming a task one already holds): no write, no audit.</summary>
    public static CommandOutcome Unchanged(DossierState state) => new(state, null, null);

    public static CommandOutcome Rejected(DomainError error) => new(null, null, error);

    public static implicit operator CommandOutcome(DomainError error) => Rejected(error);
}
