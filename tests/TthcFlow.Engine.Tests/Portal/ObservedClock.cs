using Microsoft.Extensions.Time.Testing;

namespace TthcFlow.Engine.Tests.Portal;

/// <summary>
/// A view of a <see cref="FakeTimeProvider"/> that signals each timer created through it, so a test
/// moves the clock exactly when the code under test has started to wait on it (a retry's backoff).
/// </summary>
public sealed class ObservedClock(FakeTimeProvider inner) : TimeProvider
{
    private readonly SemaphoreSlim _created = new(0);

    public FakeTimeProvider Inner { get; } = inner;

    public override DateTimeOffset GetUtcNow() => Inner.GetUtcNow();

    public override long GetTimestamp() => Inner.GetTimestamp();

    public override long TimestampFrequency => Inner.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => Inner.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = Inner.CreateTimer(callback, state, dueTime, period);
        _created.Release();
        return timer;
    }

    /// <summary>
    /// Runs <paramref name="work"/> to its end, moving the clock by <paramref name="step"/> each
    /// time it starts waiting on a timer (a step at least the longest wait fires it).
    /// </summary>
    public async Task RunAsync(Task work, TimeSpan step)
    {
        while (!work.IsCompleted)
        {
            using var stop = new CancellationTokenSource();
            var timer = _created.WaitAsync(stop.Token);
            if (await Task.WhenAny(work, timer) == timer)
                Inner.Advance(step);
            else
                await stop.CancelAsync();
        }
        await work;
    }
}
