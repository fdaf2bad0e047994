namespace TthcFlow.Engine.Runtime;

/// <summary>
/// A clock that only moves when told to. The <c>run</c> verb executes a definition on it, firing
/// each due bookmark by jumping straight to its instant; the load harness can compress a year
/// into minutes the same way. It starts at <see cref="DefaultStart"/> unless given another
/// instant. Timers created through it fire, synchronously and in due order, when the clock is
/// advanced past them.
/// </summary>
public sealed class VirtualClock(DateTimeOffset start) : TimeProvider
{
    /// <summary>2025-07-01 08:00 in Vietnam (UTC+7): a Tuesday morning, the day Decree 118/2025 took effect.</summary>
    public static DateTimeOffset DefaultStart { get; } = new(2025, 7, 1, 8, 0, 0, TimeSpan.FromHours(7));

    private static readonly TimeZoneInfo VietnamZone = TimeZoneInfo.CreateCustomTimeZone("UTC+07", TimeSpan.FromHours(7), "UTC+07", "UTC+07");

    private readonly List<VirtualTimer> _timers = [];
    private readonly Lock _gate = new();
    private DateTimeOffset _now = start;

    public VirtualClock() : this(DefaultStart)
    {
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
            return _now.ToUniversalTime();
    }

    /// <summary>Vietnam time, so local readings match the offices' clocks.</summary>
    public override TimeZoneInfo LocalTimeZone => VietnamZone;

    /// <summary>The current instant, in the offset the clock started in.</summary>
    public DateTimeOffset Now
    {
        get
        {
            lock (_gate)
                return _now;
        }
    }

    /// <summary>Moves the clock forward (never back), firing the timers that fall due on the way.</summary>
    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        AdvanceTo(Now + by);
    }

    /// <summary>Moves the clock to <paramref name="instant"/> if that is later, firing due timers in order.</summary>
    public void AdvanceTo(DateTimeOffset instant)
    {
        while (true)
        {
            VirtualTimer? next;
            lock (_gate)
            {
                next = _timers.Where(t => t.DueAt <= instant).MinBy(t => t.DueAt);
                if (next is null)
                {
                    if (instant > _now)
                        _now = instant.ToOffset(_now.Offset);
                    return;
                }

                if (next.DueAt > _now)
                    _now = next.DueAt.ToOffset(_now.Offset);
                next.Elapse();
            }

            next.Fire();
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new VirtualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    private sealed class VirtualTimer(VirtualClock clock, TimerCallback callback, object? state) : ITimer
    {
        private TimeSpan _period = Timeout.InfiniteTimeSpan;

        public DateTimeOffset DueAt { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (clock._gate)
            {
                clock._timers.Remove(this);
                _period = period;
                if (dueTime == Timeout.InfiniteTimeSpan)
                    return true;
                DueAt = clock._now + dueTime;
                clock._timers.Add(this);
                return true;
            }
        }

        /// <summary>Takes the timer off the list or re-arms a periodic one (under the clock's lock).</summary>
        public void Elapse()
        {
            clock._timers.Remove(this);
            if (_period != Timeout.InfiniteTimeSpan && _period > TimeSpan.Zero)
            {
                DueAt += _period;
                clock._timers.Add(this);
            }
        }

        public void Fire() => callback(state);

        public void Dispose()
        {
            lock (clock._gate)
                clock._timers.Remove(this);
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
