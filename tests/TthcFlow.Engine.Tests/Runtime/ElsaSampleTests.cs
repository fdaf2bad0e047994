using TthcFlow.Engine.Runtime;
using static TthcFlow.Engine.Tests.Runtime.RuntimeHarness;

namespace TthcFlow.Engine.Tests.Runtime;

/// <summary>
/// The definitions Elsa's own integration tests run, executed by TthcFlow: each must print and end
/// as the named Elsa test says (Elsa runs the JoinBehaviors ones with the token-based flowchart).
/// </summary>
public sealed class ElsaSampleTests
{
    // Elsa: JoinBehaviors/ForkDecisionJoinTests "The implicit join configured with Stream merge mode should execute."
    [Fact]
    public void Implicit_join_in_stream_mode_runs_after_the_active_branch()
    {
        var (state, _) = RunUntilEnd(Sample("fork-decision-join-none.json"));
        Assert.Equal(["A", "C"], state.Journal);
        Assert.Equal(InstanceStatus.Finished, state.Status);
    }

    // Elsa: JoinBehaviors/ForkDecisionJoinTests "The implicit join configured with Merge mode should not execute (waits for activated branches only)."
    [Fact]
    public void Implicit_join_in_merge_mode_waits_for_the_untaken_branch()
    {
        var workflow = Sample("fork-decision-join-converge.json");
        var (state, _) = RunUntilEnd(workflow);
        Assert.Equal(["A"], state.Journal);
        Assert.Equal(InstanceStatus.Suspended, state.Status);
        var wait = Assert.Single(Waiting(workflow, state));
        Assert.Equal((BookmarkKind.Join, "768b5a7e58c3ecf8"), (wait.Kind, wait.ActivityId));
    }

    // Elsa: JoinBehaviors/ForkDecisionJoinTests "The implicit join configured with Converge mode should block (strictest - requires ALL inbound connections)."
    [Fact]
    public void Implicit_join_in_converge_mode_blocks()
    {
        var (state, _) = RunUntilEnd(Sample("fork-decision-join-converge-strict.json"));
        Assert.Equal(["A"], state.Journal);
        Assert.Equal(InstanceStatus.Suspended, state.Status);
    }

    // Elsa: JoinBehaviors/ForkDecisionJoinTests "The explicit join configured with WaitAll join mode should block."
    // The False branch of the decision reaches an Elsa.Fault, so the instance ends Faulted there.
    [Fact]
    public void Explicit_wait_all_join_blocks_and_the_fault_ends_the_instance()
    {
        var (state, _) = RunUntilEnd(Sample("fork-decision-join-waitall.json"));
        Assert.Equal(["A", "C", "B", "D"], state.Journal);
        Assert.Equal(InstanceStatus.Faulted, state.Status);
        Assert.Equal(new FaultInfo("cfffbc06a0b6eeb0", "that went south", "110002"), state.Fault);
    }

    // Elsa: JoinBehaviors/ForkDecisionJoinTests "An implicit join from the True and False branches should execute because the join mode is Stream and by default, all active branches are joined."
    [Fact]
    public void Decision_branches_merging_into_end_finish()
    {
        var (state, _) = RunUntilEnd(Sample("decision-merge-join-none.json"));
        Assert.Equal(InstanceStatus.Finished, state.Status);
    }

    // Elsa: JoinBehaviors/JoinRunsOnceTests "The Join activity executes only once, not twice".
    // Both WriteLines have no text (two empty lines); the WaitAny join after them runs once.
    [Fact]
    public void Wait_any_join_runs_once()
    {
        var workflow = Sample("join.json");
        var result = Start(workflow);
        Assert.Equal(InstanceStatus.Finished, result.State!.Status);
        Assert.Equal(["", ""], result.State.Journal);
        Assert.Equal(5, result.State.Steps); // Start, two WriteLines, the join once, End
    }

    // Elsa: FlowchartCompletion/Tests "Workflows should complete successfully." (workflow1..workflow6)
    [Theory]
    [InlineData("flowchart-completion-1.json", new[] { "WriteLine1", "WriteLine2", "WriteLine3" })]
    [InlineData("flowchart-completion-2.json", null)]
    [InlineData("flowchart-completion-3.json", null)]
    [InlineData("flowchart-completion-4.json", null)]
    [InlineData("fork-containment-event.json", new[] { "Intermediary", "" })]
    [InlineData("flowchart-completion-6.json", new[] { "Start", "Current fruit: Apple", "Current fruit: Banana", "Current fruit: Cherry", "End" })]
    public void Flowcharts_complete(string file, string[]? expectedLines)
    {
        var (state, _) = RunUntilEnd(Sample(file));
        Assert.Equal(InstanceStatus.Finished, state.Status);
        Assert.Empty(state.Bookmarks);
        Assert.Empty(state.Scopes);
        if (expectedLines is not null)
            Assert.Equal(expectedLines, state.Journal);
    }

    // Elsa: ImportAndExecute/Tests "Workflow imported from file should execute successfully." (writeline.json, implicit-loop.json)
    [Theory]
    [InlineData("writeline.json", new[] { "Dummy Text" })]
    [InlineData("implicit-loop-legacy-3.0-format.json", new[] { "Do something", "Retry", "Do something", "Done" })]
    public void Imported_workflows_print_as_elsa_says(string file, string[] expectedLines)
    {
        var (state, _) = RunUntilEnd(Sample(file));
        Assert.Equal(expectedLines, state.Journal);
        Assert.Equal(InstanceStatus.Finished, state.Status);
    }
}
