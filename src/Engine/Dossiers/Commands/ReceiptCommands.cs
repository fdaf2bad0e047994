using TthcFlow.Definitions.Activities;
using TthcFlow.Definitions.Organisation;
using TthcFlow.Engine.Deadlines;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Notifications;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Tasks;

namespace TthcFlow.Engine.Dossiers.Commands;

/// <summary>The three outcomes of receipt at the one-stop desk (DOMAIN.md §1).</summary>
public enum ReceiptOutcome
{
    /// <summary>Complete and eligible: received, the appointment slip is issued.</summary>
    Accept,

    /// <summary>Not eligible or not this desk's remit: phiếu từ chối tiếp nhận, with reasons.</summary>
    Refuse,

    /// <summary>Incomplete or incorrect: phiếu yêu cầu bổ sung, hoàn thiện hồ sơ, every missing item at once.</summary>
    RequestSupplement,
}

/// <summary>
/// Xử lý hồ sơ trực tuyến chờ tiếp nhận — a one-stop officer decides on an online dossier waiting
/// in status 1: accept it (→ 2), refuse it with reasons (→ 3), or ask for supplements (→ 5 until
/// the citizen supplies them).
/// </summary>
public sealed record DecideReceipt(long DossierId, ReceiptOutcome Decision, ActingOfficer Officer, string? Reason = null, string? MissingItems = null)
    : DossierCommand
{
    internal override DossierTarget Target => DossierTarget.Dossier(DossierId);

    internal override CommandOutcome Apply(DossierState? state, CommandContext context)
    {
        var d = state!.Dossier;
        if (d.Status != NationalStatus.Registered)
            return DomainError.InvalidState($"Dossier {d.Code} is not awaiting receipt (status {(int)d.Status}).");
        var receipt = ReceiptDecision.OpenReceipt(state);
        bool atDesk = receipt is null ? Officer.AgencyEId == d.ReceivingAgencyEId : Officer.SitsIn(receipt.AgencyEId, receipt.UnitCode);
        if (!atDesk || !Officer.Holds(RoleCodes.OneStopOfficer))
            return DomainError.NotYours($"Only a one-stop officer of the receiving desk decides on dossier {d.Code}.");
        var (next, error) = Decision switch
        {
            ReceiptOutcome.Accept => ReceiptDecision.Accept(state, Officer, context),
            ReceiptOutcome.Refuse when string.IsNullOrWhiteSpace(Reason) => (null, DomainError.Invalid("A refusal states its reasons.")),
            ReceiptOutcome.Refuse => ReceiptDecision.Decide(state, receipt, DossierLifecycle.Refused, Reason, Officer, context),
            ReceiptOutcome.RequestSupplement when string.IsNullOrWhiteSpace(MissingItems) =>
                (null, DomainError.Invalid("A supplement request lists every missing or incorrect item.")),
            ReceiptOutcome.RequestSupplement => ReceiptDecision.Decide(state, receipt, DossierLifecycle.Supplement, Reason, Officer, context),
            _ => (null, DomainError.Invalid($"Unknown receipt decision {Decision}.")),
        };
        if (error is not null)
            return error;
        next = Decision switch
        {
            ReceiptOutcome.Refuse => next!.Change(x => x with { EndReason = Reason }),
            ReceiptOutcome.RequestSupplement => next!.WithSupplement(new SupplementRequest
            {
                Id = context.NewId(), DossierId = d.Id, RequestedAt = context.Now, RequestedBy = Officer.UserName,
                AtReceipt = true, Items = MissingItems!, Reason = Reason,
            }),
            _ => next,
        };
        return CommandOutcome.Changed(next!, new AuditEntry($"Receipt{Decision}", Officer.UserName, receipt?.Id, Reason ?? MissingItems));
    }
}

/// <summary>
/// Bổ sung hồ sơ — the citizen has supplied what was asked: the dossier goes back to awaiting
/// receipt (asked at receipt) or back in process (asked during processing), and the request is
/// marked answered. Recorded by a one-stop officer of the receiving desk, or by the portal (no officer).
/// </summary>
public sealed record RecordSupplement(long DossierId, ActingOfficer? Officer = null) : DossierCommand
{
    internal override DossierTarget Target => DossierTarget.Dossier(DossierId);

    internal override CommandOutcome Apply(DossierState? state, CommandContext context)
    {
        var d = state!.Dossier;
        if (d.Status != NationalStatus.WaitingForSupplement)
            return DomainError.InvalidState($"Dossier {d.Code} is not waiting for a supplement.");
        if (Officer is not null && (Officer.AgencyEId != d.ReceivingAgencyEId || !Officer.Holds(RoleCodes.OneStopOfficer)))
            return DomainError.NotYours($"Supplements to dossier {d.Code} are recorded at its receiving desk.");
        var next = ClockPauses.Resume(state, PauseKind.Supplement, context).Change(x => x with
        {
            Status = x.SubState == DossierSubState.SupplementAtReceipt ? NationalStatus.Registered : NationalStatus.InProcess,
            SubState = DossierSubState.None,
        });
        if (state.Supplements.LastOrDefault(s => s.SuppliedAt is null && s.IsSent && s.DeclinedAt is null) is { } open)
            next = next.WithSupplement(open with { SuppliedAt = context.Now, NewAppointmentAt = next.Dossier.WorkingDueAt });
        return CommandOutcome.Changed(next, new AuditEntry("Supplemented", Officer?.UserName));
    }
}

/// <summary>
/// Yêu cầu bổ sung trong quá trình xử lý — the officer handling a step asks the citizen to
/// supplement the dossier (status 5; the clock pauses until the supplement arrives, when the
/// appointment is recomputed). A second request makes the dossier count as late in the 766 index:
/// it is flagged and waits for the leader's approval (<see cref="DecideSupplementRequest"/>) before
/// it goes out.
/// </summary>
public sealed record RequestSupplement(long TaskId, string Items, ActingOfficer Officer, string? Reason = null) : DossierCommand
{
    internal override DossierTarget Target => DossierTarget.Task(TaskId);

    internal override CommandOutcome Apply(DossierState? state, CommandContext context)
    {
        var task = state!.FindTask(TaskId)!;
        var d = state.Dossier;
        if (string.IsNullOrWhiteSpace(Items))
            return DomainError.Invalid("A supplement request lists every missing or incorrect item.");
        if (TaskRules.CheckActor(state, task, Officer) is { } refused)
            return refused;
        if (d.Status is not (NationalStatus.Received or NationalStatus.InProcess))
            return DomainError.InvalidState($"Dossier {d.Code} is not in process (status {(int)d.Status}).");
        if (state.Supplements.Any(s => s.NeedsApproval && s.ApprovedAt is null && s.DeclinedAt is null))
            return DomainError.Conflict($"A supplement request for dossier {d.Code} already waits for the leader's approval.");
        var request = new SupplementRequest
        {
            Id = context.NewId(), DossierId = d.Id, RequestedAt = context.Now, RequestedBy = Officer.UserName,
            Items = Items, Reason = Reason, PreviousAppointmentAt = d.WorkingDueAt, NeedsApproval = d.SupplementCount > 0,
        };
        if (request.NeedsApproval)
            return CommandOutcome.Changed(SupplementRules.AwaitApproval(state, request, TaskId, context),
                new AuditEntry("SupplementRequested", Officer.UserName, TaskId, $"request {d.SupplementCount + 1}: counts as late (766); awaiting the leader's approval"));
        var next = SupplementRules.SendOut(state.WithSupplement(request), TaskId, Officer.UserName, context);
        return CommandOutcome.Changed(next, new AuditEntry("SupplementRequested", Officer.UserName, TaskId, "request 1"));
    }
}

/// <summary>
/// The leader of the competent agency approves a second supplement request (it goes out: status 5,
/// the clock pauses, the dossier counts as late in 766) or declines it (the dossier goes on).
/// </summary>
public sealed record DecideSupplementRequest(long DossierId, long RequestId, bool Approve, ActingOfficer Officer) : DossierCommand
{
    internal override DossierTarget Target => DossierTarget.Dossier(DossierId);

    internal override CommandOutcome Apply(DossierState? state, CommandContext context)
    {
        var d = state!.Dossier;
        if (state.Supplements.FirstOrDefault(s => s.Id == RequestId) is not { NeedsApproval: true } request)
            return DomainError.NotFound($"Dossier {d.Code} has no supplement request {RequestId} awaiting approval.");
        if (request.ApprovedAt is not null || request.DeclinedAt is not null)
            return DomainError.Conflict($"Supplement request {RequestId} was already decided.");
        if (DossierAuthority.CheckLeader(d, Officer) is { } refused)
            return refused;
        var next = state.Change(x => x with { SubState = DossierSubState.None });
        if (!Approve)
        {
            next = next.WithSupplement(request with { DeclinedAt = context.Now });
            return CommandOutcome.Changed(next, new AuditEntry("SupplementDeclined", Officer.UserName, Detail: $"request {RequestId}"));
        }
        next = SupplementRules.SendOut(next.WithSupplement(request with { ApprovedBy = Officer.UserName, ApprovedAt = context.Now }),
            null, Officer.UserName, context);
        return CommandOutcome.Changed(next, new AuditEntry("SupplementApproved", Officer.UserName,
            Detail: $"request {next.Dossier.SupplementCount}: counts as late (766)"));
    }
}

/// <summary>Sending a supplement request out, or holding a second one for the leader.</summary>
internal static class SupplementRules
{
    /// <summary>Status 5, the count of requests sent, and the clock paused.</summary>
    public static DossierState SendOut(DossierState state, long? taskId, string by, CommandContext context) =>
        ClockPauses.Pause(state, PauseKind.Supplement, taskId, by, "Chờ công dân bổ sung hồ sơ", context).Change(x => x with
        {
            Status = NationalStatus.WaitingForSupplement,
            SubState = DossierSubState.SupplementPause,
            SupplementCount = x.SupplementCount + 1,
        });

    public static DossierState AwaitApproval(DossierState state, SupplementRequest request, long taskId, CommandContext context)
    {
        var d = state.Dossier;
        var organisation = context.Organisation;
        var leader = organisation.FindAgency(d.CompetentAgencyEId) is { } competent ? organisation.HeadOfAgency(competent) : null;
        var notices = leader is null ? [] : new[]
        {
            Recipient.Of(leader).Notification(context, d.Id, taskId, NotificationKind.SupplementApprovalNeeded,
                $"Hồ sơ {d.Code}: yêu cầu bổ sung lần {d.SupplementCount + 1} chờ lãnh đạo phê duyệt (hồ sơ bị tính trễ hạn theo Chỉ số 766)."),
        };
        return state.WithSupplement(request).Change(x => x with { SubState = DossierSubState.SupplementAwaitingApproval }).WithNotifications(notices);
    }
}

/// <summary>The receipt step's decisions, shared by desk filing and the online receipt decision.</summary>
internal static class ReceiptDecision
{
    public static DossierTask? OpenReceipt(DossierState state) =>
        state.Tasks.FirstOrDefault(t => t.IsActive && t.StepType == ActivityTypeNames.Receipt);

    /// <summary>Receives the dossier: completes its receipt step with <c>Accepted</c>, or receives it directly if the procedure has none.</summary>
    public static (DossierState? State, DomainError? Error) Accept(DossierState state, ActingOfficer officer, CommandContext context) =>
        OpenReceipt(state) is { } receipt
            ? TaskRules.Complete(state, receipt, DossierLifecycle.Accepted, null, officer, context)
            : (DossierLifecycle.Receive(state, officer, context), null);

    public static (DossierState? State, DomainError? Error) Decide(
        DossierState state, DossierTask? receipt, string outcome, string? comment, ActingOfficer officer, CommandContext context)
    {
        if (receipt is not null)
            return TaskRules.Complete(state, receipt, outcome, comment, officer, context);
        var closed = outcome == DossierLifecycle.Refused
            ? state.Change(d => d with { Status = NationalStatus.NotReceived, EndedAt = context.Now })
            : state.Change(d => d with { Status = NationalStatus.WaitingForSupplement, SubState = DossierSubState.SupplementAtReceipt });
        return (closed, null);
    }
}
