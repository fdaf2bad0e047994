using TthcFlow.Definitions.Activities;
using TthcFlow.Definitions.Organisation;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Notifications;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Tasks;

namespace TthcFlow.Engine.Apologies;

/// <summary>
/// The mandatory apology (DOMAIN.md §3): when a dossier is foreseen late or passes its due instant
/// unreturned it owes one apology, drafted by the unit that caused the delay and signed by the head
/// of that agency; the law allows one re-appointment. One owner for who owes it and what it blocks.
/// </summary>
internal static class ApologyRules
{
    /// <summary>An apology is owed and not yet issued: the dossier may not be returned or stopped.</summary>
    public static Apology? Owed(DossierState state) => state.Apologies.FirstOrDefault(a => a.Status == ApologyStatus.Owed);

    /// <summary>The dossier was already re-appointed once (hẹn lại): no further new date.</summary>
    public static bool Reappointed(DossierState state) =>
        state.Apologies.Any(a => a.Status == ApologyStatus.Issued && a.NewReturnAt is not null);

    /// <summary>
    /// Whether, at an instant, the dossier will not make its due instant: its result is not ready and
    /// a live counted step is already past its own due instant, or is due after the dossier's.
    /// </summary>
    public static DossierTask? LateStep(DossierState state, DateTimeOffset now)
    {
        var due = state.Dossier.WorkingDueAt;
        return state.Tasks
            .Where(t => t.IsActive && t.CountsTowardLimit && t.DueAt is { } at && (at <= now || (due is { } d && at > d)))
            .OrderBy(t => t.DueAt)
            .FirstOrDefault();
    }

    /// <summary>Opens the apology for the unit holding the late step (or, without one, the unit that holds the dossier now).</summary>
    public static DossierState Open(DossierState state, ApologyTrigger trigger, DossierTask? lateStep, CommandContext context)
    {
        var d = state.Dossier;
        var holder = lateStep ?? Holder(state);
        var organisation = context.Organisation;
        var agency = organisation.FindAgency(holder?.AgencyEId ?? d.CompetentAgencyEId) ?? organisation.GetAgency(d.CompetentAgencyEId);
        var unitCode = holder?.UnitCode ?? organisation.HeadOfAgency(agency)?.Unit.Code ?? agency.Units[0].Code;
        var signer = organisation.HeadOfAgency(agency);
        var apology = new Apology
        {
            Id = context.NewId(),
            DossierId = d.Id,
            Trigger = trigger,
            OwedAt = context.Now,
            LateTaskId = holder?.Id,
            AgencyEId = agency.EId,
            UnitCode = unitCode,
            SignerAgencyEId = signer?.Agency.EId ?? agency.EId,
            SignerUnitCode = signer?.Unit.Code ?? unitCode,
            SignerRole = signer?.Role ?? RoleCodes.Leader,
            OriginalAppointmentAt = d.WorkingDueAt,
        };
        var why = trigger == ApologyTrigger.Foreseen ? "dự kiến trễ hạn" : "đã quá hạn trả kết quả";
        var text = $"Hồ sơ {d.Code} {why} (hẹn {Instant(d.WorkingDueAt)}): {agency.Name} phải ban hành văn bản xin lỗi và hẹn lại ngày trả kết quả.";
        var notice = Recipient.Post(apology.SignerAgencyEId, apology.SignerUnitCode, apology.SignerRole)
            .Notification(context, d.Id, holder?.Id, NotificationKind.ApologyOwed, text);
        return state.WithApology(apology).WithNotifications([notice]);
    }

    /// <summary>
    /// Whoever holds the dossier now: the live counted step due first, else the return desk's step
    /// (a ready result not handed back), else the last step that finished late.
    /// </summary>
    public static DossierTask? Holder(DossierState state) =>
        state.Tasks.Where(t => t.IsActive && t.CountsTowardLimit).OrderBy(t => t.DueAt ?? DateTimeOffset.MaxValue).FirstOrDefault()
        ?? state.Tasks.LastOrDefault(t => t.IsActive && t.StepType == ActivityTypeNames.ReturnResult)
        ?? state.Tasks.LastOrDefault(t => t.CompletedAt is { } c && t.DueAt is { } due && c > due);

    public static string Instant(DateTimeOffset? at) => at is { } x ? VietnamText.Instant(x) : "?";
}
