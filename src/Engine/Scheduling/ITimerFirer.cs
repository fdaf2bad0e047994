using TthcFlow.Engine.Persistence;

namespace TthcFlow.Engine.Scheduling;

/// <summary>What became of one due timer the scheduler handed to its firer.</summary>
public enum FireOutcome : byte
{
    /// <summary>Fired, or had nothing left to do (already fired, disarmed, its dossier gone): the row can go.</summary>
    Done,

    /// <summary>Refused for now (e.g. not yet due to the millisecond): keep the row and try again a little later.</summary>
    Retry,

    /// <summary>Failed with a defect: keep the row, do not try again in this process.</summary>
    Failed,
}

/// <summary>
/// Bắn hẹn giờ — applies the effect of due timers. The engine's firer sends each row's command
/// (<see cref="TimerFiring.CommandFor"/>) through the write pipeline; the scheduler does not know
/// what any purpose means. Firing must be idempotent: a row fired twice has one effect.
/// </summary>
public interface ITimerFirer
{
    /// <summary>
    /// Fires <paramref name="due"/>, which is in due order: the effects must be applied in that
    /// order. Returns one outcome per timer, in the same order.
    /// </summary>
    Task<FireOutcome[]> FireAsync(IReadOnlyList<DossierTimer> due, CancellationToken cancellationToken);
}
