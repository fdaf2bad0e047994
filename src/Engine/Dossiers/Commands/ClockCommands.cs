using TthcFlow.Definitions.Organisation;
using TthcFlow.Engine.Apologies;
using TthcFlow.Engine.Deadlines;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Tasks;

namespace TthcFlow.Engine.Dossiers.Commands;

/// <summary>
/// Tạm dừng để xác minh — the leader of the competent agency suspends a dossier in process for
/// verification or consultation: the clock pauses (reported separately) until <see cref="ResumeDossier"/>.
/// </summary>
public sealed record SuspendDossier(long DossierId, ActingOfficer Officer, string Reason) : DossierCommand
{
    internal override DossierTarget Target => DossierTarget.Dossier(DossierId);

    internal override CommandOutcome Apply(DossierState? state, CommandContext context)
    {
        var d = state!.Dossier;
        if (DossierAuthority.CheckLeader(d, Officer) is { } refused)
            return refused;
        if (string.IsNullOrWhiteSpace(Reason))
            return DomainError.Invalid("reason: a suspension states what is being verified.");
        if (d.Status is not (NationalStatus.Received or NationalStatus.InProcess) || state.OpenPause is not null)
            return DomainError.InvalidState($"Dossier {d.Code} is not running in process (status {(int)d.Status}); only such a dossier can be suspended.");
        var next = ClockPauses.Pause(state, PauseKind.Suspension, null, Officer.UserName, Reason, context)
            .Change(x => x with { SubState = DossierSubState.Suspended });
        return CommandOutcome.Changed(next, new AuditEntry("Suspended", Officer.UserName, Detail: Reason));
    }
}

/// <summary>Tiếp tục xử lý — the suspension ends; the deadlines move by the paused time.</summary>
public sealed record ResumeDossier(long DossierId, ActingOfficer Officer) : DossierCommand
{
    internal override DossierTarget Target => DossierTarget.Dossier(DossierId);

    internal override CommandOutcome Apply(DossierState? state, CommandContext context)
    {
        var d = state!.Dossier;
        if (DossierAuthority.CheckLeader(d, Officer) is { } refused)
            return refused;
        if (state.OpenPause is not { Kind: PauseKind.Suspension })
            return DomainError.InvalidState($"Dossier {d.Code} is not suspended.");
        var next = ClockPauses.Resume(state, PauseKind.Suspension, context).Change(x => x with { SubState = DossierSubState.None });
        return CommandOutcome.Changed(next, new AuditEntry("Resumed", Officer.UserName));
    }
}

/// <summary>
/// Rút hồ sơ (status 7) at the applicant's request, recorded by a one-stop officer of the receiving
/// desk, or dừng xử lý (status 8) decided by the leader of the competent agency (Decree 118 Art. 21):
/// allowed while no result is issued. Live steps are withdrawn and the clock stops for good. An
/// agency-side stop is refused while the dossier owes an apology.
/// </summary>
public sealed record EndDossier(long DossierId, ActingOfficer Officer, string Reason, bool ByApplicant) : DossierCommand
{
    internal override DossierTarget Target => DossierTarget.Dossier(DossierId);

    internal override CommandOutcome Apply(DossierState? state, CommandContext context)
    {
        var d = state!.Dossier;
        if (ByApplicant && (Officer.AgencyEId != d.ReceivingAgencyEId || !Officer.Holds(RoleCodes.OneStopOfficer)))
            return DomainError.NotYours($"A withdrawal of dossier {d.Code} is recorded at its receiving desk.");
        if (!ByApplicant && DossierAuthority.CheckLeader(d, Officer) is { } refused)
            return refused;
        if (string.IsNullOrWhiteSpace(Reason))
            return DomainError.Invalid("reason: the stop notice states the reason.");
        if (DossierLifecycle.IsClosed(d.Status) || d.Status == NationalStatus.Processed)
            return DomainError.InvalidState($"Dossier {d.Code} has a result or is closed (status {(int)d.Status}); it can no longer be {(ByApplicant ? "withdrawn" : "stopped")}.");
        if (!ByApplicant && ApologyRules.Owed(state) is not null)
            return DomainError.InvalidState($"Dossier {d.Code} owes an apology; it cannot be closed until the apology is issued.");
        var now = context.Now;
        var next = state;
        foreach (var task in state.Tasks.Where(t => t.IsActive))
            next = next.WithTask(task with { Status = OfficerTaskStatus.Cancelled, CompletedAt = now });
        if (next.OpenPause is { } pause)
            next = next.WithPause(pause with { EndedAt = now });
        next = next.Change(x => x with
        {
            Status = ByApplicant ? NationalStatus.Withdrawn : NationalStatus.Stopped,
            SubState = DossierSubState.None,
            EndedAt = now,
            EndReason = Reason.Trim(),
        });
        return CommandOutcome.Changed(next, new AuditEntry(ByApplicant ? "Withdrawn" : "Stopped", Officer.UserName, Detail: Reason));
    }
}

/// <summary>Who may decide on a dossier's clock: the leader (or head) of its competent agency.</summary>
internal static class DossierAuthority
{
    public static DomainError? CheckLeader(Dossier d, ActingOfficer officer) =>
        officer.AgencyEId == d.CompetentAgencyEId && officer.Holds(RoleCodes.Leader)
            ? null
            : DomainError.NotYours($"Only a leader of the competent agency {d.CompetentAgencyEId} decides this for dossier {d.Code}.");
}
