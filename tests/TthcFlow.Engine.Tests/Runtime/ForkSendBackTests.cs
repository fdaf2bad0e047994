using TthcFlow.Engine.Runtime;
using static TthcFlow.Engine.Tests.Runtime.RuntimeHarness;

namespace TthcFlow.Engine.Tests.Runtime;

/// <summary>
/// A send-back loop inside one branch of a parallel fork must not lose the other branch's open
/// task (the failure reported to Elsa as issues #6725 and #7724): the appraisal branch loops
/// back to its preparation step while the consultation branch waits at the join, or reaches it.
/// </summary>
public sealed class ForkSendBackTests
{
    private static FlowBuilder Procedure(string joinMode) => new FlowBuilder("fork-send-back")
        .Start()
        .Fork("fork", "Appraisal", "Consultation")
        .Officer("prepare", "Done")
        .Officer("appraise", "Approved", "SentBack")
        .Officer("consult", "Done")
        .Join("join", joinMode)
        .Officer("sign", "Signed")
        .End()
        .Connect("start", "fork")
        .Connect("fork", "prepare", "Appraisal")
        .Connect("prepare", "appraise")
        .Connect("appraise", "prepare", "SentBack")
        .Connect("appraise", "join", "Approved")
        .Connect("fork", "consult", "Consultation")
        .Connect("consult", "join")
        .Connect("join", "sign")
        .Connect("sign", "end", "Signed");

    [Fact]
    public void Other_branch_keeps_its_task_while_one_branch_loops_back()
    {
        var workflow = Procedure("WaitAll").Build();
        var state = Start(workflow).State!;
        Assert.Equal(["prepare", "consult"], OpenTasks(workflow, state));

        state = Complete(workflow, state, "prepare", "Done").State!;
        Assert.Equal(["consult", "appraise"], OpenTasks(workflow, state));

        var sentBack = Complete(workflow, state, "appraise", "SentBack");
        state = sentBack.State!;
        Assert.Equal(["consult", "prepare"], OpenTasks(workflow, state));
        Assert.DoesNotContain(sentBack.Effects, e => e is BookmarkClosed { Closure: BookmarkClosure.Cancelled });

        state = Complete(workflow, state, "prepare", "Done").State!;
        state = Complete(workflow, state, "appraise", "Approved").State!;
        Assert.Equal(["consult"], OpenTasks(workflow, state));
        Assert.Contains(Waiting(workflow, state), w => w is { Kind: BookmarkKind.Join, ActivityId: "join" });

        state = Complete(workflow, state, "consult", "Done").State!;
        Assert.Equal(["sign"], OpenTasks(workflow, state));
        state = Complete(workflow, state, "sign", "Signed").State!;
        Assert.Equal(InstanceStatus.Finished, state.Status);
    }

    [Fact]
    public void Branch_reaching_the_join_first_does_not_cancel_the_looping_branch()
    {
        var workflow = Procedure("WaitAll").Build();
        var state = Start(workflow).State!;
        state = Complete(workflow, state, "prepare", "Done").State!;
        state = Complete(workflow, state, "appraise", "SentBack").State!;

        var consulted = Complete(workflow, state, "consult", "Done");
        state = consulted.State!;
        Assert.Equal(["prepare"], OpenTasks(workflow, state));
        Assert.DoesNotContain(consulted.Effects, e => e is BookmarkClosed { Closure: BookmarkClosure.Cancelled });
        Assert.Equal(InstanceStatus.Suspended, state.Status);

        state = Complete(workflow, state, "prepare", "Done").State!;
        state = Complete(workflow, state, "appraise", "SentBack").State!;
        state = Complete(workflow, state, "prepare", "Done").State!;
        var approved = Complete(workflow, state, "appraise", "Approved");
        Assert.Equal(["sign"], OpenTasks(workflow, approved.State!));
        Assert.Single(approved.Effects.OfType<HumanTaskOpened>(), t => t.ActivityId == "sign");
    }

    [Fact]
    public void Implicit_merge_join_waits_for_both_branches_through_the_loop()
    {
        var withMerge = new FlowBuilder("fork-send-back-merge")
            .Start()
            .Fork("fork", "Appraisal", "Consultation")
            .Officer("prepare", "Done")
            .Officer("appraise", "Approved", "SentBack")
            .Officer("consult", "Done")
            .Activity("sign", "TthcFlow.OfficerStep", new()
            {
                ["role"] = FlowBuilder.Literal("String", "Leader"),
                ["allotment"] = FlowBuilder.Literal("Double", 2),
                ["outcomes"] = FlowBuilder.Object("String[]", new System.Text.Json.Nodes.JsonArray("Signed")),
            }, mergeMode: "Merge")
            .Connect("start", "fork")
            .Connect("fork", "prepare", "Appraisal")
            .Connect("prepare", "appraise")
            .Connect("appraise", "prepare", "SentBack")
            .Connect("appraise", "sign", "Approved")
            .Connect("fork", "consult", "Consultation")
            .Connect("consult", "sign")
            .Build();

        var state = Start(withMerge).State!;
        state = Complete(withMerge, state, "prepare", "Done").State!;
        state = Complete(withMerge, state, "appraise", "SentBack").State!;
        state = Complete(withMerge, state, "consult", "Done").State!;
        Assert.Equal(["prepare"], OpenTasks(withMerge, state));
        state = Complete(withMerge, state, "prepare", "Done").State!;
        state = Complete(withMerge, state, "appraise", "Approved").State!;
        Assert.Equal(["sign"], OpenTasks(withMerge, state));
    }
}
