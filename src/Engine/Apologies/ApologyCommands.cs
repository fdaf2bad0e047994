using TthcFlow.Definitions.Calendar;
using TthcFlow.Definitions.Organisation;
using TthcFlow.Engine.Deadlines;
using TthcFlow.Engine.Dossiers;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Notifications;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Tasks;

namespace TthcFlow.Engine.Apologies;

/// <summary>
/// Ký ban hành văn bản xin lỗi — the head of the agency that caused the delay signs the owed apology:
/// the reason, the new return date (hẹn lại; allowed once — after a re-appointment none may be given)
/// and the explanation report to the head of the agency. The new date becomes the dossier's due
/// instant in force; the original appointment stays for statistics. The one-stop desk is notified
/// and the letter goes to the citizen through the outbox.
/// </summary>
public sealed record IssueApology(long DossierId, long ApologyId, ActingOfficer Officer, string Reason, DateTimeOffset? NewReturnAt, string Explanation)
    : DossierCommand
{
    internal override DossierTarget Target => DossierTarget.Dossier(DossierId);

    internal override CommandOutcome Apply(DossierState? state, CommandContext context)
    {
        var d = state!.Dossier;
        if (state.Apologies.FirstOrDefault(a => a.Id == ApologyId) is not { } apology)
            return DomainError.NotFound($"Dossier {d.Code} has no apology {ApologyId}.");
        if (apology.Status == ApologyStatus.Issued)
            return DomainError.Conflict($"The apology for dossier {d.Code} was already issued ({apology.Number}).");
        if (!Officer.SitsIn(apology.SignerAgencyEId, apology.SignerUnitCode) || !Officer.Holds(apology.SignerRole))
            return DomainError.NotYours($"The apology for dossier {d.Code} is signed by the head of {apology.SignerAgencyEId} ({apology.SignerRole}).");
        if (string.IsNullOrWhiteSpace(Reason))
            return DomainError.Invalid("reason: an apology states the reason for the delay.");
        if (string.IsNullOrWhiteSpace(Explanation))
            return DomainError.Invalid("explanation: the explanation report to the head of the agency (báo cáo giải trình) is required.");
        bool reappointed = ApologyRules.Reappointed(state);
        if (reappointed && NewReturnAt is not null)
            return DomainError.InvalidState($"newReturnAt: dossier {d.Code} was already re-appointed once; the law allows no second re-appointment.");
        if (!reappointed && NewReturnAt is not { } newDate)
            return DomainError.Invalid("newReturnAt: the apology gives the new return date (ngày hẹn trả kết quả mới).");
        if (NewReturnAt is { } at && (at <= context.Now || (d.WorkingDueAt is { } due && at <= due)))
            return DomainError.Invalid($"newReturnAt: the new return date must be after now and after the current date {ApologyRules.Instant(d.WorkingDueAt)}.");
        if (NewReturnAt is { } beyond && beyond.DateInVietnam() > context.Calendar.LastDay)
            return DomainError.Invalid($"newReturnAt: {beyond.DateInVietnam():dd/MM/yyyy} is beyond the working calendar ({context.Calendar.LastDay:dd/MM/yyyy}).");
        if (NewReturnAt is { } day && !context.Calendar.IsWorkingDay(day.DateInVietnam()))
            return DomainError.Invalid($"newReturnAt: {day.DateInVietnam():dd/MM/yyyy} is not a working day.");

        var agency = context.Organisation.GetAgency(apology.AgencyEId);
        long number = context.Next($"apology:{agency.ShortId}:{context.Now.ToVietnamTime().Year}");
        var issued = apology with
        {
            Status = ApologyStatus.Issued,
            Number = $"{number}/{context.Options.ApologyNumberSuffix}",
            Reason = Reason.Trim(),
            NewReturnAt = NewReturnAt,
            Explanation = Explanation.Trim(),
            IssuedAt = context.Now,
            IssuedBy = Officer.UserName,
            IssuedByName = Officer.FullName,
        };
        var next = state.WithApology(issued);
        if (NewReturnAt is { } newDue)
            next = next.Change(x => WorkingDeadlines.WithDue(x, newDue, context.Now, context.Calendar, context.Options) with { ForeseeLateAt = null });
        var newDateText = NewReturnAt is { } n ? $"hẹn lại ngày trả kết quả {ApologyRules.Instant(n)}" : "không được hẹn lại lần hai";
        var toDesk = (context.Organisation.FindAgency(d.ReceivingAgencyEId) is { } receiving && context.Organisation.OneStopDesk(receiving) is { } desk
                ? Recipient.Of(desk) : Recipient.Post(d.ReceivingAgencyEId, apology.UnitCode, RoleCodes.OneStopOfficer))
            .Notification(context, d.Id, apology.LateTaskId, NotificationKind.ApologyIssued,
                $"{agency.Name} đã ban hành văn bản xin lỗi số {issued.Number} cho hồ sơ {d.Code} ({newDateText}); đề nghị chuyển cho công dân.");
        var toCitizen = Recipient.Citizen.Notification(context, d.Id, apology.LateTaskId, NotificationKind.ApologyToCitizen,
            $"{agency.Name} xin lỗi Ông/Bà {d.ApplicantName} vì hồ sơ {d.Code} không trả kết quả đúng hẹn ({ApologyRules.Instant(apology.OriginalAppointmentAt)}). "
            + $"Lý do: {issued.Reason}. {char.ToUpperInvariant(newDateText[0])}{newDateText[1..]}.");
        return CommandOutcome.Changed(next.WithNotifications([toDesk, toCitizen]),
            new AuditEntry("ApologyIssued", Officer.UserName, apology.LateTaskId, $"{issued.Number}: {newDateText}"));
    }
}

/// <summary>
/// Báo trễ hạn — the officer holding a step (or the head of its unit) foresees that the dossier will
/// be late before the engine does: the apology is opened for that step's unit now.
/// </summary>
public sealed record ForeseeLate(long TaskId, ActingOfficer Officer, string? Reason = null) : DossierCommand
{
    internal override DossierTarget Target => DossierTarget.Task(TaskId);

    internal override CommandOutcome Apply(DossierState? state, CommandContext context)
    {
        var task = state!.FindTask(TaskId)!;
        var d = state.Dossier;
        if (!Officer.SitsIn(task.AgencyEId, task.UnitCode))
            return DomainError.NotYours($"Task {TaskId} belongs to unit {task.UnitCode} of {task.AgencyEId}, not to yours.");
        if (!task.IsActive || DossierLifecycle.IsClosed(d.Status) || d.Status >= NationalStatus.Processed)
            return DomainError.InvalidState($"Dossier {d.Code} has no live step {TaskId} to be late on.");
        if (state.Apologies.Count > 0)
            return DomainError.Conflict($"Dossier {d.Code} already has an apology; the law allows one re-appointment.");
        return CommandOutcome.Changed(ApologyRules.Open(state, ApologyTrigger.Foreseen, task, context),
            new AuditEntry("LateForeseen", Officer.UserName, TaskId, Reason));
    }
}
