using TthcFlow.Engine.Persistence;

namespace TthcFlow.Engine.Scheduling;

/// <summary>
/// Where the scheduler's reading of the timers table stopped: the due instant (Unix milliseconds,
/// as stored) and the last row read at that instant — by the store's row position where it has
/// one (SQLite's rowid), else by the row's key. Rows are read in (due instant, position or key)
/// order, so a page boundary may fall between rows due at the same instant.
/// <see cref="Position"/> = <see cref="long.MaxValue"/> means every row due at that instant was read.
/// </summary>
public readonly record struct TimerCursor(long DueAtMs, long Position, long DossierId = 0, TimerPurpose Purpose = 0, long Ref = 0)
{
    /// <summary>Before every row.</summary>
    public static TimerCursor Start { get; } = new(long.MinValue, long.MaxValue);

    /// <summary>After every row due at or before <paramref name="dueAtMs"/>.</summary>
    public static TimerCursor After(long dueAtMs) => new(dueAtMs, long.MaxValue);

    /// <summary>Whether every row due at <see cref="DueAtMs"/> has been read.</summary>
    public bool InstantComplete => Position == long.MaxValue;
}

/// <summary>One page of timer rows in due order, and the cursor to read on from.</summary>
public sealed record TimerPage(IReadOnlyList<DossierTimer> Timers, TimerCursor Next);

/// <summary>
/// Quyền bắn hẹn giờ — the seam between the scheduler and the timers table. The single-node store
/// owns every row (its process holds the only writer), so claiming is a formality there. A
/// multi-node store (PostgreSQL) plugs in here: <see cref="ClaimAsync"/> takes a lease on the rows
/// with <c>FOR UPDATE SKIP LOCKED</c> and returns only those this node won; rows whose lease
/// expired (a node died mid-batch) become claimable again; <see cref="CompleteAsync"/> deletes the
/// rows this node fired. Firing is idempotent either way, so a lease lost mid-fire costs a
/// duplicate attempt, never a duplicate effect.
/// </summary>
public interface ITimerClaims
{
    /// <summary>
    /// Up to <paramref name="limit"/> rows after <paramref name="after"/> and due at or before
    /// <paramref name="through"/>, in due order (index-backed range read).
    /// </summary>
    Task<TimerPage> ReadAsync(TimerCursor after, DateTimeOffset through, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Whether other nodes share the table: they arm rows this node's window has already read past,
    /// and their claims expire when they die. The scheduler then also sweeps for due rows no node
    /// holds (<see cref="ReadUnclaimedAsync"/>).
    /// </summary>
    bool Shared { get; }

    /// <summary>
    /// Up to <paramref name="limit"/> rows due at or before <paramref name="now"/> that no node holds
    /// (never claimed, or their lease expired), in due order. Nothing on a single-node store.
    /// </summary>
    Task<IReadOnlyList<DossierTimer>> ReadUnclaimedAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken);

    /// <summary>The rows of <paramref name="due"/> this node may fire now (the same instances, in the same order).</summary>
    Task<IReadOnlyList<DossierTimer>> ClaimAsync(IReadOnlyList<DossierTimer> due, CancellationToken cancellationToken);

    /// <summary>
    /// Removes fired rows, each only if it is still due at the same instant (a row re-armed for
    /// another instant in the meantime stays). Durable when it returns.
    /// </summary>
    Task CompleteAsync(IReadOnlyList<DossierTimer> fired, CancellationToken cancellationToken);
}
