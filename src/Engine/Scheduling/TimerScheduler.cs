using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using TthcFlow.Engine.Persistence;

namespace TthcFlow.Engine.Scheduling;

/// <summary>
/// Bộ lập lịch hẹn giờ — the durable scheduler. The rows of the timers table are the truth; this
/// keeps the next few minutes of them in memory (<see cref="TimerWindow"/>), reads further ranges of
/// the due-instant index as the clock moves, takes timers the pipeline arms without reading them
/// back, and fires due timers in due order, in batches, through an <see cref="ITimerFirer"/>; a
/// fired row is then removed. A row fired twice (a crash between firing and removal, two readers)
/// has one effect because firing is idempotent. All time comes from the injected
/// <see cref="TimeProvider"/>: on a virtual clock, one jump fires everything due on the way, and
/// <see cref="WhenCaughtUpAsync"/> tells when it has. A store error is waited out in real time
/// (a store recovers in real time, whatever the engine's clock says): a failed read is tried again,
/// and a failed fire batch fired again, after <see cref="SchedulerOptions.RetryDelay"/> (doubling),
/// and meanwhile the scheduler does not say it has caught up.
/// </summary>
public sealed class TimerScheduler : IAsyncDisposable
{
    private readonly ITimerClaims _claims;
    private readonly ITimerFirer _firer;
    private readonly TimeProvider _time;
    private readonly TimeProvider _realTime;
    private readonly SchedulerOptions _options;
    private readonly ILogger _logger;
    private readonly TimerWindow _window = new();
    private readonly ConcurrentQueue<DossierTimer> _armed = new();
    private readonly ConcurrentQueue<WindowEntry> _retries = new();
    private readonly List<(DateTimeOffset Instant, TaskCompletionSource Done)> _waiters = [];
    private readonly CancellationTokenSource _stopping = new();
    private TaskCompletionSource _wake = NewSignal();
    private ITimer? _alarm;
    private Task? _loop;
    private long _caughtUpTicks = long.MinValue;
    private DateTimeOffset _nextSweepAt = DateTimeOffset.MinValue;
    private int _readFailures;
    private volatile bool _readHeldBack;
    private int _batchesHeldBack;
    private DateTimeOffset _sweptEmptyAt = DateTimeOffset.MinValue;

    /// <summary>Fires through <paramref name="firer"/> on <paramref name="time"/>; waits out store errors on <paramref name="realTime"/> (the system clock by default).</summary>
    public TimerScheduler(ITimerClaims claims, ITimerFirer firer, TimeProvider time, SchedulerOptions? options = null, ILogger<TimerScheduler>? logger = null,
        TimeProvider? realTime = null)
    {
        (_claims, _firer, _time, _realTime) = (claims, firer, time, realTime ?? TimeProvider.System);
        _options = options ?? new SchedulerOptions();
        _logger = logger ?? NullLogger<TimerScheduler>.Instance;
    }

    public SchedulerStatistics Statistics { get; } = new();

    /// <summary>The instant through which every due timer has been fired and removed.</summary>
    public DateTimeOffset? CaughtUpThrough
    {
        get
        {
            long ticks = Interlocked.Read(ref _caughtUpTicks);
            return ticks == long.MinValue ? null : new DateTimeOffset(ticks, TimeSpan.Zero);
        }
    }

    /// <summary>Starts the loop. Observe the pipeline (<see cref="TimersArmed"/>) before, so no armed timer slips between.</summary>
    public void Start()
    {
        if (_loop is not null)
            throw new InvalidOperationException("The scheduler has already started.");
        _alarm = _time.CreateTimer(static s => ((TimerScheduler)s!).Wake(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _loop = Task.Run(() => RunAsync(_stopping.Token));
    }

    /// <summary>Stops reading and firing; waits for the batches under way to finish (their rows are removed).</summary>
    public async Task StopAsync()
    {
        if (_loop is null)
            return;
        await _stopping.CancelAsync().ConfigureAwait(false);
        try
        {
            await _loop.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // stopped in the middle of a read: nothing was claimed, the rows stay for the next start
        }
        _alarm?.Dispose();
        lock (_waiters)
        {
            foreach (var (_, done) in _waiters)
                done.TrySetCanceled();
            _waiters.Clear();
        }
    }

    /// <summary>
    /// Stops the scheduler. The stop signal is deliberately not disposed: it owns no timer or wait
    /// handle, and the host may still call <see cref="StopAsync"/> after the container disposed
    /// this (both happen at shutdown, in either order), which must not throw.
    /// </summary>
    public async ValueTask DisposeAsync() => await StopAsync().ConfigureAwait(false);

    /// <summary>The pipeline's hook: timers a batch armed, right after its commit (the list is copied here).</summary>
    public void TimersArmed(IReadOnlyList<DossierTimer> armed)
    {
        foreach (var timer in armed)
            _armed.Enqueue(timer);
        Wake();
    }

    /// <summary>
    /// Completes once every timer due at or before the clock's current instant has been fired and
    /// its row removed — on a virtual clock, after <c>Advance</c>, "the scheduler has caught up".
    /// </summary>
    public Task WhenCaughtUpAsync(CancellationToken cancellationToken = default)
    {
        var instant = _time.GetUtcNow();
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // Checked and registered under the lock the loop declares itself caught up under: a caller
        // between the two would otherwise miss that declaration and wait for one that never comes.
        lock (_waiters)
        {
            if (Interlocked.Read(ref _caughtUpTicks) >= instant.UtcTicks)
                return Task.CompletedTask;
            _waiters.Add((instant, done));
        }
        Wake();
        return done.Task.WaitAsync(cancellationToken);
    }

    private void Wake() => Volatile.Read(ref _wake).TrySetResult();

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private async Task RunAsync(CancellationToken stopping)
    {
        var inFlight = new List<Task>(_options.MaxBatchesInFlight);
        while (!stopping.IsCancellationRequested)
        {
            Volatile.Write(ref _wake, NewSignal());
            var wake = _wake.Task;
            var now = _time.GetUtcNow();
            TakeArrivals();
            inFlight.RemoveAll(t => t.IsCompleted);
            bool worked = false;
            try
            {
                worked |= await RefillAsync(now, stopping).ConfigureAwait(false);
                if (inFlight.Count == 0 && ShouldSweep(now))
                    worked |= await SweepAsync(now, stopping).ConfigureAwait(false);
                _readFailures = 0;
            }
            catch (Exception e) when (!stopping.IsCancellationRequested)
            {
                var wait = Backoff(_readFailures++);
                _logger.LogError(e, "Reading due timers failed; trying again in {Delay}", wait);
                _readHeldBack = true;
                _ = Task.Delay(wait, _realTime, stopping).ContinueWith(_ =>
                {
                    _readHeldBack = false;
                    Wake();
                }, TaskScheduler.Default);
            }
            while (inFlight.Count < _options.MaxBatchesInFlight && _window.HasDue(now))
            {
                inFlight.Add(FireAsync(_window.TakeDue(now, _options.FireBatchSize), stopping));
                worked = true;
            }
            if (inFlight.Count == 0 && !_window.HasDue(now) && _window.ReadThrough(now) && _armed.IsEmpty && _retries.IsEmpty
                && Volatile.Read(ref _batchesHeldBack) == 0 && (!_claims.Shared || _sweptEmptyAt >= now))
                CaughtUp(now);
            if (worked)
                continue;
            Alarm(now);
            try
            {
                await Task.WhenAny([wake, .. inFlight]).WaitAsync(stopping).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }
        }
        _alarm?.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        try
        {
            await Task.WhenAll(inFlight).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            _logger.LogWarning(e, "A fire batch ended with an error while the scheduler stopped");
        }
    }

    /// <summary>Armed timers and refused ones coming back, into the window.</summary>
    private void TakeArrivals()
    {
        int taken = 0;
        while (_armed.TryDequeue(out var timer))
            taken += _window.Offer(timer) ? 1 : 0;
        if (taken > 0)
            Statistics.TookArmed(taken);
        while (_retries.TryDequeue(out var entry))
            _window.Retry(entry);
    }

    /// <summary>Reads the next page of the table when the window does not yet reach <see cref="SchedulerOptions.Window"/> ahead.</summary>
    private async Task<bool> RefillAsync(DateTimeOffset now, CancellationToken stopping)
    {
        var horizon = now + _options.Window;
        bool behind = !_window.ReadThrough(now + _options.Window / 2);
        if (!behind || _window.Count >= _options.MaxWindowCount || _readHeldBack)
            return false;
        var page = await _claims.ReadAsync(_window.Cursor, horizon, _options.PageSize, stopping).ConfigureAwait(false);
        _window.Loaded(page);
        Statistics.PageRead(page.Timers.Count);
        return true;
    }

    /// <summary>
    /// On a shared store, once the window has nothing due: time for the next sweep, or someone waits
    /// to hear the scheduler caught up (which, there, needs a sweep that found nothing).
    /// </summary>
    private bool ShouldSweep(DateTimeOffset now)
    {
        if (!_claims.Shared || _window.HasDue(now) || !_window.ReadThrough(now) || _readHeldBack)
            return false;
        if (now >= _nextSweepAt)
            return true;
        lock (_waiters)
            return _sweptEmptyAt < now && _waiters.Count > 0;
    }

    /// <summary>
    /// Takes into the window the due rows no node holds: armed by another node behind this one's
    /// read cursor, or left by a node whose lease expired. A full page sweeps again right after.
    /// </summary>
    private async Task<bool> SweepAsync(DateTimeOffset now, CancellationToken stopping)
    {
        var rows = await _claims.ReadUnclaimedAsync(now, _options.PageSize, stopping).ConfigureAwait(false);
        _window.Swept(rows);
        Statistics.Swept(rows.Count);
        _nextSweepAt = rows.Count == _options.PageSize ? now : now + _options.SweepInterval;
        if (rows.Count == 0)
            _sweptEmptyAt = now;
        return rows.Count > 0;
    }

    private async Task FireAsync(List<WindowEntry> due, CancellationToken stopping)
    {
        try
        {
            var timers = due.ConvertAll(e => e.Timer);
            var claimed = await _claims.ClaimAsync(timers, stopping).ConfigureAwait(false);
            var outcomes = await _firer.FireAsync(claimed, CancellationToken.None).ConfigureAwait(false);
            var done = new List<DossierTimer>(claimed.Count);
            int retried = 0, failed = 0;
            var refusals = new Dictionary<DossierTimer, int>(due.Count);
            foreach (var entry in due)
                refusals[entry.Timer] = entry.Refusals;
            for (int i = 0; i < claimed.Count; i++)
            {
                switch (outcomes[i])
                {
                    case FireOutcome.Done:
                        done.Add(claimed[i]);
                        break;
                    case FireOutcome.Retry when refusals.GetValueOrDefault(claimed[i]) < _options.MaxRetries:
                        int refused = refusals.GetValueOrDefault(claimed[i]) + 1;
                        _retries.Enqueue(new WindowEntry(_time.GetUtcNow() + Backoff(refused - 1), claimed[i], refused));
                        retried++;
                        break;
                    default:
                        failed++;
                        break;
                }
            }
            await _claims.CompleteAsync(done, CancellationToken.None).ConfigureAwait(false);
            Statistics.ClaimsLost(due.Count - claimed.Count);
            Statistics.BatchFired(done.Count, retried, failed);
            Statistics.RowsCompleted(done.Count);
        }
        catch (Exception e)
        {
            HoldBack(due, e);
        }
        finally
        {
            Wake();
        }
    }

    /// <summary>
    /// A batch whose firing failed (a store error): its timers wait <see cref="SchedulerOptions.RetryDelay"/>
    /// (doubled at each failure) in real time, then fire again — firing is idempotent; one refused
    /// <see cref="SchedulerOptions.MaxRetries"/> times stays in the store until the next start.
    /// </summary>
    private void HoldBack(List<WindowEntry> due, Exception error)
    {
        var again = due.Where(e => e.Refusals < _options.MaxRetries).ToList();
        if (again.Count < due.Count)
            _logger.LogError(error, "{Count} due timers failed {Times} times; their rows stay for the next start", due.Count - again.Count, _options.MaxRetries);
        if (again.Count == 0)
            return;
        var wait = Backoff(again.Min(e => e.Refusals));
        _logger.LogError(error, "A batch of {Count} due timers could not be fired; firing it again in {Delay}", again.Count, wait);
        Interlocked.Increment(ref _batchesHeldBack);
        _ = Task.Delay(wait, _realTime).ContinueWith(_ =>
        {
            foreach (var entry in again)
                _retries.Enqueue(entry with { Refusals = entry.Refusals + 1 });
            Interlocked.Decrement(ref _batchesHeldBack);
            Wake();
        }, TaskScheduler.Default);
    }

    /// <summary>The wait after <paramref name="failures"/> earlier failures: the retry delay, doubled each time (at most 1,024 times).</summary>
    private TimeSpan Backoff(int failures) => _options.RetryDelay * Math.Pow(2, Math.Min(failures, 10));

    /// <summary>Arms the clock's alarm for the next thing to do: the next timer in the window, or the next read.</summary>
    private void Alarm(DateTimeOffset now)
    {
        // The next read is due when the window reaches less than half its length ahead; none while the
        // window is full (fire batches ending wake the loop) or a store error is waited out (its wait does).
        DateTimeOffset? next = _window.Count >= _options.MaxWindowCount || _readHeldBack ? null
            : _window.Cursor.DueAtMs == long.MinValue ? now
            : DateTimeOffset.FromUnixTimeMilliseconds(_window.Cursor.DueAtMs) - _options.Window / 2;
        if (_window.NextFireAt is { } fireAt && (next is null || fireAt < next))
            next = fireAt;
        // A sweep already due waits for the window to have nothing due, which the window's own events bring.
        if (_claims.Shared && !_readHeldBack && _nextSweepAt > now && (next is null || _nextSweepAt < next))
            next = _nextSweepAt;
        var delay = next - now;
        // Nothing to wait for on the clock when work is only held back by batches under way: their end wakes the loop.
        _alarm!.Change(delay > TimeSpan.Zero ? delay.Value : Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    private void CaughtUp(DateTimeOffset now)
    {
        if (now.UtcTicks <= Interlocked.Read(ref _caughtUpTicks))
            return;
        lock (_waiters)
        {
            Interlocked.Exchange(ref _caughtUpTicks, now.UtcTicks);
            _waiters.RemoveAll(w =>
            {
                if (w.Instant > now)
                    return false;
                w.Done.TrySetResult();
                return true;
            });
        }
    }
}
