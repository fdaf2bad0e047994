using TthcFlow.Engine.Dossiers;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Notifications;
using TthcFlow.Engine.Persistence;

namespace TthcFlow.Engine.Apologies;

/// <summary>
/// Dự báo trễ hạn — one working day before the dossier's due instant (its timer): if its result is
/// not ready and a live step is late or due after the dossier, the apology is opened for that step's
/// unit. Either way the check is recorded as done. Idempotent: early, already checked, paused or
/// closed changes nothing.
/// </summary>
public sealed record CheckForeseenLate(long DossierId) : DossierCommand
{
    internal override DossierTarget Target => DossierTarget.Dossier(DossierId);

    internal override CommandOutcome Apply(DossierState? state, CommandContext context)
    {
        var d = state!.Dossier;
        if (d.ForeseeLateAt is not { } at || at > context.Now || state.OpenPause is not null || DossierLifecycle.IsClosed(d.Status))
            return CommandOutcome.Unchanged(state);
        var next = state.Change(x => x with { ForeseeLateAt = null });
        var late = d.Status < NationalStatus.Processed && state.Apologies.Count == 0 ? ApologyRules.LateStep(state, context.Now) : null;
        if (late is null)
            return CommandOutcome.Changed(next, new AuditEntry("LateCheck", null, Detail: "on time"));
        return CommandOutcome.Changed(ApologyRules.Open(next, ApologyTrigger.Foreseen, late, context),
            new AuditEntry("LateForeseen", null, late.Id, late.Title));
    }
}

/// <summary>
/// Quá hạn trả kết quả — the dossier's due instant passed and the result was not returned. Without
/// an apology yet, one is opened (for the unit holding the dossier). After the one re-appointment the
/// law allows, the second overrun is escalated to the superior of the late agency and recorded; no
/// new date can be given. Idempotent.
/// </summary>
public sealed record PassAppointment(long DossierId) : DossierCommand
{
    internal override DossierTarget Target => DossierTarget.Dossier(DossierId);

    internal override CommandOutcome Apply(DossierState? state, CommandContext context)
    {
        var d = state!.Dossier;
        if (d.WorkingDueAt is not { } due || due > context.Now || state.OpenPause is not null || DossierLifecycle.IsClosed(d.Status)
            || d.EscalatedToSuperiorAt is not null)
            return CommandOutcome.Unchanged(state);
        if (state.Apologies.Count == 0)
            return CommandOutcome.Changed(ApologyRules.Open(state, ApologyTrigger.Overdue, ApologyRules.Holder(state), context),
                new AuditEntry("AppointmentPassed", null, Detail: ApologyRules.Instant(due)));
        if (!ApologyRules.Reappointed(state))
            return CommandOutcome.Unchanged(state);
        return CommandOutcome.Changed(EscalateToSuperior(state, due, context),
            new AuditEntry("SecondOverrun", null, Detail: $"re-appointed date {ApologyRules.Instant(due)} passed; escalated to the superior"));
    }

    private static DossierState EscalateToSuperior(DossierState state, DateTimeOffset due, CommandContext context)
    {
        var organisation = context.Organisation;
        var apology = state.Apologies.Last(a => a.NewReturnAt is not null);
        var late = organisation.GetAgency(apology.AgencyEId);
        var superior = (organisation.Parent(late) is { } parent ? organisation.HeadOfAgency(parent) : null) ?? organisation.HeadOfAgency(late);
        var text = $"Hồ sơ {state.Dossier.Code} quá hạn lần hai: ngày hẹn lại {ApologyRules.Instant(due)} của {late.Name} không được đáp ứng; "
            + "pháp luật chỉ cho phép hẹn lại một lần — đề nghị chỉ đạo, xử lý trách nhiệm.";
        var notice = (superior is null ? Recipient.Post(late.EId, apology.SignerUnitCode, apology.SignerRole) : Recipient.Of(superior))
            .Notification(context, state.Id, apology.LateTaskId, NotificationKind.SecondOverrun, text);
        return state.Change(x => x with { EscalatedToSuperiorAt = context.Now }).WithNotifications([notice]);
    }
}
