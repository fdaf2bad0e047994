using TthcFlow.Engine.Runtime;
using static TthcFlow.Engine.Tests.Runtime.RuntimeHarness;

namespace TthcFlow.Engine.Tests.Runtime;

/// <summary>FlowJoin WaitAll (Merge: every branch) against WaitAny (Race: the first branch wins, the others are cancelled).</summary>
public sealed class JoinModeTests
{
    private static Flow Parallel(string mode) => new FlowBuilder("parallel-" + mode)
        .Start()
        .Fork("fork", "Police", "Tax")
        .Officer("police", "Done")
        .Officer("tax", "Done")
        .Join("join", mode)
        .Officer("decide", "Approved")
        .End()
        .Connect("start", "fork")
        .Connect("fork", "police", "Police")
        .Connect("fork", "tax", "Tax")
        .Connect("police", "join")
        .Connect("tax", "join")
        .Connect("join", "decide")
        .Connect("decide", "end", "Approved")
        .Build();

    [Fact]
    public void Wait_all_continues_only_after_every_branch()
    {
        var workflow = Parallel("WaitAll");
        var state = Start(workflow).State!;
        state = Complete(workflow, state, "police", "Done").State!;
        Assert.Equal(["tax"], OpenTasks(workflow, state));
        state = Complete(workflow, state, "tax", "Done").State!;
        Assert.Equal(["decide"], OpenTasks(workflow, state));
    }

    [Fact]
    public void Wait_any_continues_on_the_first_branch_and_closes_the_others()
    {
        var workflow = Parallel("WaitAny");
        var state = Start(workflow).State!;
        var taxTask = Task(state, workflow, "tax").Id;

        var result = Complete(workflow, state, "police", "Done");
        state = result.State!;
        Assert.Equal(["decide"], OpenTasks(workflow, state));
        var closed = Assert.Single(result.Effects.OfType<BookmarkClosed>(), e => e.Closure == BookmarkClosure.Cancelled);
        Assert.Equal((taxTask, "tax", BookmarkKind.HumanTask), (closed.BookmarkId, closed.ActivityId, closed.Kind));
        Assert.Null(state.FindBookmark(taxTask));

        state = Complete(workflow, state, "decide", "Approved").State!;
        Assert.Equal(InstanceStatus.Finished, state.Status);
        Assert.Equal(7, state.Steps); // start, fork, police, tax, join (once), decide, end
    }
}
