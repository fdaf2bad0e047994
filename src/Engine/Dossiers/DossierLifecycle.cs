using TthcFlow.Definitions.Activities;
using TthcFlow.Engine.Deadlines;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Runtime;
using TthcFlow.Engine.Tasks;

namespace TthcFlow.Engine.Dossiers;

/// <summary>
/// Vòng đời hồ sơ — how a dossier's national status follows its steps (DOMAIN.md §1): receipt
/// accepted → 2 (clock starts, appointment set), refused → 3, supplement asked → 5; the first
/// officer step taken → 4; waiting for the financial obligation → 6; the return step opens → 9
/// (result ready); the result handed back → 10; a <c>Withdrawn</c> outcome → 7; a procedure that
/// ends without a result → 8. One owner for these rules.
/// </summary>
internal static class DossierLifecycle
{
    /// <summary>The receipt step's outcomes (docs/definition-format.md).</summary>
    public const string Accepted = "Accepted", Supplement = "Supplement", Refused = "Refused";

    /// <summary>The outcome by which the citizen withdraws the dossier (rút hồ sơ).</summary>
    public const string Withdrawn = "Withdrawn";

    public static DossierState OnOpened(DossierState state, DossierTask task) => task.StepType switch
    {
        ActivityTypeNames.ReturnResult => state.Change(d => d with { Status = NationalStatus.Processed, FinishedAt = d.FinishedAt ?? task.OpenedAt }),
        ActivityTypeNames.FinancialObligation => state.Change(d => d with { Status = NationalStatus.WaitingForFinancialObligation }),
        ActivityTypeNames.Transfer => state.Change(d => d with { SubState = DossierSubState.InterAgency }),
        _ => state,
    };

    public static DossierState OnCompleted(DossierState state, DossierTask task, ActingOfficer? officer, CommandContext context)
    {
        var now = context.Now;
        switch (task.StepType)
        {
            case ActivityTypeNames.Receipt:
                return task.Outcome switch
                {
                    Accepted => Receive(state, officer, context),
                    Refused => state.Change(d => d with { Status = NationalStatus.NotReceived, EndedAt = now }),
                    Supplement => state.Change(d => d with
                    {
                        Status = NationalStatus.WaitingForSupplement,
                        SubState = DossierSubState.SupplementAtReceipt,
                    }),
                    _ => state,
                };
            case ActivityTypeNames.FinancialObligation:
                return state.Change(d => d with { Status = NationalStatus.InProcess });
            case ActivityTypeNames.ReturnResult:
                return state.Change(d => d with { Status = NationalStatus.Returned, ReturnedAt = now });
            default:
                if (task.Outcome == Withdrawn)
                    return state.Change(d => d with { Status = NationalStatus.Withdrawn, EndedAt = now });
                return AfterTransfer(StartProcessing(state), task);
        }
    }

    public static DossierState OnCancelled(DossierState state, DossierTask task) => AfterTransfer(state, task);

    /// <summary>Tiếp nhận: the dossier is complete and accepted; the legal clock starts and the appointment is set.</summary>
    public static DossierState Receive(DossierState state, ActingOfficer? officer, CommandContext context)
    {
        var now = context.Now;
        var d = state.Dossier;
        var limit = context.Runtime.Find(d.DefinitionId, d.DefinitionVersion)?.Procedure.LegalLimit;
        DateTimeOffset? appointment = limit is { } l ? context.Calendar.Due(now, l) : null;
        return state.Change(x => WorkingDeadlines.WithDue(x with
        {
            Status = NationalStatus.Received,
            SubState = DossierSubState.None,
            ReceivedAt = now,
            ClockStartAt = context.Calendar.StartOfWork(now),
            AppointmentAt = appointment,
            ReceivedBy = officer?.UserName,
            ReceivedByName = officer?.FullName,
        }, appointment, now, context.Calendar, context.Options));
    }

    /// <summary>Đang xử lý: the competent body has started on a received dossier.</summary>
    public static DossierState StartProcessing(DossierState state) =>
        state.Dossier.Status == NationalStatus.Received ? state.Change(d => d with { Status = NationalStatus.InProcess }) : state;

    /// <summary>The instance ended or faulted: a fault is flagged; an end without a result stops the dossier.</summary>
    public static DossierState OnInstance(DossierState state, InstanceStatus status, CommandContext context)
    {
        if (status == InstanceStatus.Faulted)
            return state.Change(d => d with { SubState = DossierSubState.Faulted });
        if (status is InstanceStatus.Finished or InstanceStatus.Cancelled && !IsClosed(state.Dossier.Status))
            return state.Change(d => d with { Status = NationalStatus.Stopped, EndedAt = d.EndedAt ?? context.Now });
        return state;
    }

    /// <summary>Whether the dossier's life is over (no more officer actions).</summary>
    public static bool IsClosed(NationalStatus status) =>
        status is NationalStatus.NotReceived or NationalStatus.Withdrawn or NationalStatus.Stopped or NationalStatus.Returned;

    private static DossierState AfterTransfer(DossierState state, DossierTask task) =>
        task.StepType == ActivityTypeNames.Transfer && state.Dossier.SubState == DossierSubState.InterAgency
            && !state.Tasks.Any(t => t.IsActive && t.StepType == ActivityTypeNames.Transfer)
            ? state.Change(d => d with { SubState = DossierSubState.None })
            : state;
}
