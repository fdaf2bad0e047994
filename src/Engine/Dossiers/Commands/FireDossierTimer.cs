using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Dossiers.Procedures;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Runtime;

namespace TthcFlow.Engine.Dossiers.Commands;

/// <summary>
/// Hẹn giờ đến hạn — a durable timer of a dossier (a row of the timers table) is due: the scheduler
/// sends this through the write pipeline like any other change. Idempotent: a timer that already
/// fired or was disarmed changes nothing, so firing twice has one effect; nor does a timer of a
/// dossier already closed (withdrawn, stopped, returned).
/// </summary>
public sealed record FireDossierTimer(long DossierId, int BookmarkId) : DossierCommand
{
    internal override DossierTarget Target => DossierTarget.Dossier(DossierId);

    internal override CommandOutcome Apply(DossierState? state, CommandContext context)
    {
        if (state!.Instance.FindBookmark(BookmarkId) is not { Kind: BookmarkKind.Timer } || DossierLifecycle.IsClosed(state.Dossier.Status))
            return CommandOutcome.Unchanged(state);
        var d = state.Dossier;
        if (context.Runtime.Find(d.DefinitionId, d.DefinitionVersion) is not { } procedure)
            return new DomainError(DomainErrorCode.ProcedureError, $"Procedure {d.DefinitionId} v{d.DefinitionVersion} is not available.");
        var run = context.Runtime.Resume(procedure, state.Instance, new FireTimer(BookmarkId), context.Now);
        var (next, error) = ProcedureProgress.Apply(state, run, null, context);
        return error ?? CommandOutcome.Changed(next!, new AuditEntry("TimerFired", null, Detail: $"bookmark {BookmarkId}"));
    }
}
