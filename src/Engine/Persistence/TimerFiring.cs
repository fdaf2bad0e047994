using TthcFlow.Definitions.Activities;
using TthcFlow.Engine.Apologies;
using TthcFlow.Engine.Deadlines;
using TthcFlow.Engine.Dossiers.Commands;

namespace TthcFlow.Engine.Persistence;

/// <summary>
/// The one place that says which command fires a due timer row. The scheduler only reads rows of
/// the timers table and sends what this returns through the write pipeline; every purpose a
/// feature arms (runtime bookmarks, step deadlines, appointments) adds its case here. Each command
/// must be idempotent: a row fired twice has one effect.
/// </summary>
public static class TimerFiring
{
    /// <summary>The command that fires <paramref name="timer"/>.</summary>
    public static DossierCommand CommandFor(DossierTimer timer)
    {
        ArgumentNullException.ThrowIfNull(timer);
        return timer.Purpose switch
        {
            TimerPurpose.Bookmark => new FireDossierTimer(timer.DossierId, checked((int)timer.Ref)),
            TimerPurpose.StepNearDue => new FireStepDeadline(timer.DossierId, timer.Ref, EscalationPoint.NearDue),
            TimerPurpose.StepDue => new FireStepDeadline(timer.DossierId, timer.Ref, EscalationPoint.Due),
            TimerPurpose.StepOverdue => new FireStepDeadline(timer.DossierId, timer.Ref, EscalationPoint.Overdue),
            TimerPurpose.ApologyForeseen => new CheckForeseenLate(timer.DossierId),
            TimerPurpose.AppointmentPassed => new PassAppointment(timer.DossierId),
            _ => throw new ArgumentOutOfRangeException(nameof(timer), timer.Purpose, "No command fires this timer purpose."),
        };
    }
}
