using TthcFlow.Engine.Runtime;

namespace TthcFlow.Engine.Tests.Runtime;

public sealed class VirtualClockTests
{
    [Fact]
    public void It_starts_at_the_documented_instant_and_fires_timers_in_due_order_when_advanced()
    {
        var clock = new VirtualClock();
        Assert.Equal(new DateTimeOffset(2025, 7, 1, 1, 0, 0, TimeSpan.Zero), clock.GetUtcNow());
        var fired = new List<(string, DateTimeOffset)>();
        using var late = clock.CreateTimer(_ => fired.Add(("late", clock.Now)), null, TimeSpan.FromHours(2), Timeout.InfiniteTimeSpan);
        using var early = clock.CreateTimer(_ => fired.Add(("early", clock.Now)), null, TimeSpan.FromMinutes(30), Timeout.InfiniteTimeSpan);

        clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal([("early", VirtualClock.DefaultStart.AddMinutes(30))], fired);
        Assert.Equal(VirtualClock.DefaultStart.AddHours(1), clock.Now);

        clock.AdvanceTo(VirtualClock.DefaultStart);
        Assert.Equal(VirtualClock.DefaultStart.AddHours(1), clock.Now);
        clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(("late", VirtualClock.DefaultStart.AddHours(2)), fired[1]);
        Assert.Equal(2, fired.Count);
    }
}
