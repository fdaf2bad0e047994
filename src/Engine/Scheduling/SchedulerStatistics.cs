namespace TthcFlow.Engine.Scheduling;

/// <summary>Counters of the scheduler since it started: what it read, learnt from the pipeline, fired, retried and removed.</summary>
public sealed class SchedulerStatistics
{
    private long _read, _pages, _armed, _fired, _retried, _failed, _completed, _batches, _swept, _heldElsewhere;

    /// <summary>Rows read from the store by range queries.</summary>
    public long Read => Volatile.Read(ref _read);
    public long Pages => Volatile.Read(ref _pages);

    /// <summary>Timers taken into the window as the pipeline armed them (no read).</summary>
    public long Armed => Volatile.Read(ref _armed);

    /// <summary>Timers the firer reported done (fired, or nothing left to do).</summary>
    public long Fired => Volatile.Read(ref _fired);
    public long Retried => Volatile.Read(ref _retried);
    public long Failed => Volatile.Read(ref _failed);

    /// <summary>Due rows a sweep of a shared store found unclaimed (armed by another node, or left by a dead one).</summary>
    public long SweptRows => Volatile.Read(ref _swept);

    /// <summary>Due rows not fired here because another node held them at claim time.</summary>
    public long HeldElsewhere => Volatile.Read(ref _heldElsewhere);

    /// <summary>Rows removed from the store after firing.</summary>
    public long Completed => Volatile.Read(ref _completed);
    public long Batches => Volatile.Read(ref _batches);

    internal void PageRead(int rows)
    {
        Interlocked.Increment(ref _pages);
        Interlocked.Add(ref _read, rows);
    }

    internal void TookArmed(int count) => Interlocked.Add(ref _armed, count);

    internal void BatchFired(int done, int retried, int failed)
    {
        Interlocked.Increment(ref _batches);
        Interlocked.Add(ref _fired, done);
        Interlocked.Add(ref _retried, retried);
        Interlocked.Add(ref _failed, failed);
    }

    internal void RowsCompleted(int count) => Interlocked.Add(ref _completed, count);

    internal void Swept(int rows) => Interlocked.Add(ref _swept, rows);

    internal void ClaimsLost(int rows) => Interlocked.Add(ref _heldElsewhere, rows);

    public override string ToString() =>
        $"{Read} read in {Pages} pages, {Armed} armed in memory; {Fired} fired in {Batches} batches, {Retried} retried, {Failed} failed; {Completed} rows removed; {SweptRows} swept, {HeldElsewhere} held by other nodes";
}
