using TthcFlow.Definitions.Activities;
using TthcFlow.Definitions.Compilation;
using TthcFlow.Definitions.Elsa;
using TthcFlow.Definitions.Tests.Elsa;

namespace TthcFlow.Definitions.Tests.Compilation;

public sealed class ElsaSampleCompilationTests
{
    [Theory]
    [InlineData("writeline.json", "WriteLine1")]
    [InlineData("flowchart-completion-1.json", "WriteLine1")]
    [InlineData("implicit-loop-legacy-3.0-format.json", "Start1")]
    [InlineData("timer-workflow.json", "89ab56281a99239")]
    [InlineData("cron-every-hour.json", "13658e4b3bfafaaf")]
    [InlineData("fork-decision-join-waitall.json", "79e963ee9889c30a")]
    [InlineData("join.json", "c7624645ff77c7d0")]
    [InlineData("child-with-input.json", "eff084a902159510")]
    public void The_start_is_the_trigger_then_elsa_start_then_the_start_property_then_the_node_without_inbound(string sample, string start)
    {
        var workflow = Compile(sample);

        Assert.Equal(start, workflow.Nodes[workflow.StartNode].Id);
    }

    [Theory]
    [MemberData(nameof(ElsaSamples.Names), MemberType = typeof(ElsaSamples))]
    public void Every_sample_compiles_to_a_consistent_graph(string sample)
    {
        var workflow = Compile(sample);

        Assert.InRange(workflow.StartNode, 0, workflow.Nodes.Length - 1);
        foreach (var edge in workflow.Edges)
        {
            Assert.Contains(edge.Index, workflow.Nodes[edge.Source].Outgoing);
            Assert.Contains(edge.Index, workflow.Nodes[edge.Target].Incoming);
            Assert.Contains(edge.Index, workflow.Nodes[edge.Source].OutgoingOn(edge.Port));
        }
    }

    [Fact]
    public void The_implicit_loop_has_one_loop_back_into_the_loop_head()
    {
        var workflow = Compile("implicit-loop-legacy-3.0-format.json");

        var back = Assert.Single(workflow.Edges, e => e.IsBackward);
        Assert.Equal(("WriteLine2", "WriteLine1"), (workflow.Nodes[back.Source].Id, workflow.Nodes[back.Target].Id));
        Assert.Equal((2, 1), (workflow.Find("WriteLine1")!.Incoming.Length, workflow.Find("WriteLine1")!.ForwardIncomingCount));
        var decision = workflow.Find("FlowDecision1")!;
        Assert.Equal(["True", "False"], decision.Ports.ToArray());
        Assert.Equal("getCounter() > 1", Assert.IsType<FlowDecisionSettings>(decision.Settings).Condition.Text);
        Assert.Equal("0", workflow.Variables.Single().DefaultValue!.Value.GetString());
    }

    [Theory]
    [InlineData("fork-decision-join-converge-strict.json", "writeline-c", MergeMode.Converge)]
    [InlineData("fork-decision-join-converge.json", "768b5a7e58c3ecf8", MergeMode.Merge)]
    [InlineData("fork-decision-join-none.json", "768b5a7e58c3ecf8", MergeMode.Stream)]
    [InlineData("decision-merge-join-none.json", "d5b9c2affe09a93b", MergeMode.None)]
    public void Merge_modes_come_from_custom_properties(string sample, string id, MergeMode mode)
    {
        var node = Compile(sample).Find(id)!;

        Assert.Equal(mode, node.MergeMode);
        Assert.Equal(2, node.Incoming.Length);
    }

    [Fact]
    public void Types_outside_the_catalogue_compile_as_kept_non_executable_nodes()
    {
        var workflow = Compile("http-hello-world.json");

        var endpoint = workflow.Nodes[workflow.StartNode];
        Assert.False(endpoint.IsExecutable);
        Assert.Equal(new UnsupportedSettings("Elsa.HttpEndpoint"), endpoint.Settings);
        Assert.Equal(["Done"], endpoint.Ports.ToArray());
        Assert.Equal([endpoint.Index], workflow.Triggers.ToArray());
        Assert.Equal(2, workflow.Warnings.Length);
        Assert.Null(Compile("writeline.json").Find("WriteLine1")!.MergeMode);
    }

    private static CompiledWorkflow Compile(string sample) =>
        WorkflowCompiler.Compile(ElsaJson.Read(ElsaSamples.Bytes(sample)), ActivityCatalogue.Default);
}
