using Microsoft.Extensions.Time.Testing;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Scheduling;

namespace TthcFlow.Engine.Tests.Scheduling;

/// <summary>
/// "Has the scheduler caught up?" answered to every caller, whatever the moment it asks: the load
/// harness asks right after each move of the clock, while the loop — woken by that move — may be
/// declaring itself caught up on another thread. A caller that slips between the two must still be
/// answered, or the replay waits for ever on a clock nobody moves (the 1.5 M year hung so, on a
/// lunch-break slice with nothing due).
/// </summary>
public sealed class CatchingUpTests
{
    [Fact]
    public async Task Every_caller_is_answered_when_its_question_races_the_loop_declaring_itself_caught_up()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 8, 7, 11, 0, 0, TimeSpan.FromHours(7)));
        var options = new SchedulerOptions { Window = TimeSpan.FromMinutes(2) };
        await using var scheduler = new TimerScheduler(new EmptyTable(), new RecordingFirer(), clock, options);
        scheduler.Start();

        // Each move passes the loop's next read, so the loop wakes, reads nothing and declares itself
        // caught up, on a thread-pool thread, just as this thread asks.
        for (int move = 0; move < 200_000; move++)
        {
            clock.Advance(options.Window);
            var answered = scheduler.WhenCaughtUpAsync();
            // A guard against hanging the suite, not a measurement: the answer comes in microseconds.
            var first = await Task.WhenAny(answered, Task.Delay(TimeSpan.FromSeconds(30)));
            Assert.True(first == answered, $"move {move}: the caller at {clock.GetUtcNow():O} was never answered");
            Assert.Equal(clock.GetUtcNow(), scheduler.CaughtUpThrough);
        }
    }

    /// <summary>A timers table with no rows, answering at once, so the loop's turns are as short as they get.</summary>
    private sealed class EmptyTable : ITimerClaims
    {
        public bool Shared => false;

        public Task<TimerPage> ReadAsync(TimerCursor after, DateTimeOffset through, int limit, CancellationToken cancellationToken) =>
            Task.FromResult(new TimerPage([], TimerCursor.After(Math.Max(after.DueAtMs, through.ToUnixTimeMilliseconds()))));

        public Task<IReadOnlyList<DossierTimer>> ReadUnclaimedAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<DossierTimer>>([]);

        public Task<IReadOnlyList<DossierTimer>> ClaimAsync(IReadOnlyList<DossierTimer> due, CancellationToken cancellationToken) =>
            Task.FromResult(due);

        public Task CompleteAsync(IReadOnlyList<DossierTimer> fired, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
