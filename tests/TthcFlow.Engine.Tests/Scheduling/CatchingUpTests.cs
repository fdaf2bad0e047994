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

    [Fact]
    public async Task A_read_that_fails_is_tried_again_in_real_time_so_a_caller_on_a_frozen_virtual_clock_is_still_answered()
    {
        var (clock, realTime) = Clocks();
        var table = new Table(failReads: 1);
        var due = clock.GetUtcNow().AddMinutes(30);
        table.Rows.Add(new DossierTimer { DossierId = 7, Purpose = TimerPurpose.StepNearDue, Ref = 1, DueAt = due });
        var firer = new RecordingFirer();
        await using var scheduler = new TimerScheduler(table, firer, clock, new SchedulerOptions(), realTime: realTime);
        scheduler.Start();

        clock.Advance(TimeSpan.FromHours(1));
        var caughtUp = scheduler.WhenCaughtUpAsync();
        await table.ReadFailed.Task.WaitAsync(Guard);
        Assert.False(caughtUp.IsCompleted, "nothing was read, so nothing can have been fired");

        // The engine's clock stays where it is (the replay waits on this answer before moving it); real time passes.
        realTime.Advance(new SchedulerOptions().RetryDelay);
        await caughtUp.WaitAsync(Guard);

        Assert.Equal([7L], firer.Fired.Select(t => t.DossierId));
        Assert.Empty(table.Rows);
    }

    [Fact]
    public async Task A_fire_batch_that_fails_is_fired_again_and_until_then_the_scheduler_does_not_say_it_caught_up()
    {
        var (clock, realTime) = Clocks();
        var table = new Table();
        var due = clock.GetUtcNow().AddMinutes(30);
        table.Rows.Add(new DossierTimer { DossierId = 7, Purpose = TimerPurpose.StepNearDue, Ref = 1, DueAt = due });
        var firer = new FailingFirer(failures: 1);
        await using var scheduler = new TimerScheduler(table, firer, clock, new SchedulerOptions(), realTime: realTime);
        scheduler.Start();

        clock.Advance(TimeSpan.FromHours(1));
        var caughtUp = scheduler.WhenCaughtUpAsync();
        await firer.Failed.Task.WaitAsync(Guard);
        // Before, the batch was dropped (its row left for the next start) and the scheduler said it had caught up.
        await Task.WhenAny(caughtUp, Task.Delay(TimeSpan.FromMilliseconds(300)));
        Assert.False(caughtUp.IsCompleted, "a timer due an hour ago has not fired");
        Assert.Single(table.Rows);

        realTime.Advance(new SchedulerOptions().RetryDelay);
        await caughtUp.WaitAsync(Guard);

        Assert.Equal(2, firer.Calls);
        Assert.Empty(table.Rows);
        Assert.Equal(1, scheduler.Statistics.Fired);
    }

    /// <summary>A guard against hanging the suite, not a measurement.</summary>
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

    private static (FakeTimeProvider Engine, FakeTimeProvider Real) Clocks() =>
        (new FakeTimeProvider(new DateTimeOffset(2026, 8, 7, 11, 0, 0, TimeSpan.FromHours(7))), new FakeTimeProvider());

    /// <summary>A timers table in memory whose first reads may fail as a store under strain does.</summary>
    private sealed class Table(int failReads = 0) : ITimerClaims
    {
        private int _failReads = failReads;

        public List<DossierTimer> Rows { get; } = [];

        public TaskCompletionSource ReadFailed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool Shared => false;

        public Task<TimerPage> ReadAsync(TimerCursor after, DateTimeOffset through, int limit, CancellationToken cancellationToken)
        {
            if (Interlocked.Decrement(ref _failReads) >= 0)
            {
                ReadFailed.TrySetResult();
                throw new InvalidOperationException("database is locked");
            }
            long throughMs = through.ToUnixTimeMilliseconds();
            lock (Rows)
            {
                var page = Rows.Where(t => t.DueAt.ToUnixTimeMilliseconds() > after.DueAtMs && t.DueAt.ToUnixTimeMilliseconds() <= throughMs)
                    .OrderBy(t => t.DueAt).ToList();
                return Task.FromResult(new TimerPage(page, TimerCursor.After(Math.Max(after.DueAtMs, throughMs))));
            }
        }

        public Task<IReadOnlyList<DossierTimer>> ReadUnclaimedAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<DossierTimer>>([]);

        public Task<IReadOnlyList<DossierTimer>> ClaimAsync(IReadOnlyList<DossierTimer> due, CancellationToken cancellationToken) =>
            Task.FromResult(due);

        public Task CompleteAsync(IReadOnlyList<DossierTimer> fired, CancellationToken cancellationToken)
        {
            lock (Rows)
                Rows.RemoveAll(fired.Contains);
            return Task.CompletedTask;
        }
    }

    /// <summary>A firer whose first calls fail as a store error would.</summary>
    private sealed class FailingFirer(int failures) : ITimerFirer
    {
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        public TaskCompletionSource Failed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<FireOutcome[]> FireAsync(IReadOnlyList<DossierTimer> due, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref _calls) <= failures)
            {
                Failed.TrySetResult();
                throw new InvalidOperationException("database is locked");
            }
            return Task.FromResult(new FireOutcome[due.Count]);
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
