using TthcFlow.Engine.Runtime;
using static TthcFlow.Engine.Tests.Runtime.RuntimeHarness;

namespace TthcFlow.Engine.Tests.Runtime;

/// <summary>Delay and Timer arm durable timers at now + duration; firing one early is refused.</summary>
public sealed class TimerTests
{
    [Theory]
    [InlineData("Elsa.Delay", "timeSpan", "00:30:00")]
    [InlineData("Elsa.Timer", "interval", "1.02:00:00")]
    public void A_timer_is_due_at_now_plus_its_duration_and_fires_when_due(string type, string input, string duration)
    {
        var workflow = new FlowBuilder("timer")
            .Start()
            .Activity("wait", type, new() { [input] = FlowBuilder.Literal("TimeSpan", duration) })
            .WriteLine("after", "after")
            .Connect("start", "wait")
            .Connect("wait", "after")
            .Build();
        var started = Start(workflow);
        var due = T0 + TimeSpan.Parse(duration);
        var scheduled = Assert.Single(started.Effects.OfType<TimerScheduled>());
        Assert.Equal(("wait", due), (scheduled.ActivityId, scheduled.DueAt));
        Assert.Equal(due, started.State!.FindBookmark(scheduled.BookmarkId)!.DueAt);

        var early = TryResume(workflow, started.State, new FireTimer(scheduled.BookmarkId), due.AddSeconds(-1));
        Assert.Equal(RuntimeErrorCode.TimerNotDue, early.Error!.Code);
        Assert.Same(started.State, early.State);
        Assert.Empty(early.Effects);

        var fired = Resume(workflow, started.State, new FireTimer(scheduled.BookmarkId), due);
        Assert.Equal(["after"], fired.State!.Journal);
        Assert.Equal(InstanceStatus.Finished, fired.State.Status);
        Assert.Contains(fired.Effects, e => e is BookmarkClosed { Kind: BookmarkKind.Timer, Closure: BookmarkClosure.Resumed });
    }

    [Fact]
    public void A_deadline_racing_an_officer_closes_the_task_when_it_fires()
    {
        var workflow = new FlowBuilder("deadline")
            .Start()
            .Fork("fork", "Work", "Deadline")
            .Officer("work", "Done")
            .Delay("deadline", "2.00:00:00")
            .Join("first", "WaitAny")
            .WriteLine("next", "next")
            .Connect("start", "fork")
            .Connect("fork", "work", "Work")
            .Connect("fork", "deadline", "Deadline")
            .Connect("work", "first")
            .Connect("deadline", "first")
            .Connect("first", "next")
            .Build();
        var state = Start(workflow).State!;
        var timer = Assert.Single(state.Bookmarks, b => b.Kind == BookmarkKind.Timer);
        var fired = Resume(workflow, state, new FireTimer(timer.Id), timer.DueAt);
        Assert.Equal(InstanceStatus.Finished, fired.State!.Status);
        Assert.Equal(["next"], fired.State.Journal);
        Assert.Contains(fired.Effects, e => e is BookmarkClosed { ActivityId: "work", Closure: BookmarkClosure.Cancelled });

        var worked = Complete(workflow, state, "work", "Done");
        Assert.Contains(worked.Effects, e => e is BookmarkClosed { ActivityId: "deadline", Kind: BookmarkKind.Timer, Closure: BookmarkClosure.Cancelled });
        Assert.Equal(InstanceStatus.Finished, worked.State!.Status);
    }
}
