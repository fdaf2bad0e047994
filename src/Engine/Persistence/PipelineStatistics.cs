using System.Diagnostics;

namespace TthcFlow.Engine.Persistence;

/// <summary>
/// Counters of the write pipeline since it started, and where the writer's time went: loading
/// dossiers, applying commands (runtime, staging, payloads, hashes), writing rows, committing
/// (the fsync). Read by diagnostics and the benchmark's profile.
/// </summary>
public sealed class PipelineStatistics
{
    private long _batches, _commands, _refused, _rows, _load, _apply, _write, _commit, _walEmptied;

    public long Batches => Volatile.Read(ref _batches);
    public long Commands => Volatile.Read(ref _commands);
    public long Refused => Volatile.Read(ref _refused);
    public long Rows => Volatile.Read(ref _rows);
    public TimeSpan Load => Stopwatch.GetElapsedTime(0, Volatile.Read(ref _load));
    public TimeSpan Apply => Stopwatch.GetElapsedTime(0, Volatile.Read(ref _apply));
    public TimeSpan Write => Stopwatch.GetElapsedTime(0, Volatile.Read(ref _write));
    public TimeSpan Commit => Stopwatch.GetElapsedTime(0, Volatile.Read(ref _commit));

    /// <summary>Times the writer emptied an SQLite write-ahead log grown past its limit (<see cref="WalLimit"/>); counted in <see cref="Commit"/>.</summary>
    public long WalEmptied => Volatile.Read(ref _walEmptied);

    internal void WalEmptiedOnce() => Interlocked.Increment(ref _walEmptied);

    internal void Committed(int commands, int refused, int rows, long load, long apply, long write, long commit)
    {
        Interlocked.Increment(ref _batches);
        Interlocked.Add(ref _commands, commands);
        Interlocked.Add(ref _refused, refused);
        Interlocked.Add(ref _rows, rows);
        Interlocked.Add(ref _load, load);
        Interlocked.Add(ref _apply, apply);
        Interlocked.Add(ref _write, write);
        Interlocked.Add(ref _commit, commit);
    }

    public override string ToString() =>
        $"{Batches} batches, {Commands} commands ({Refused} refused), {Rows} rows; " +
        $"load {Load.TotalMilliseconds:F0} ms, apply {Apply.TotalMilliseconds:F0} ms, write {Write.TotalMilliseconds:F0} ms, commit {Commit.TotalMilliseconds:F0} ms";
}
