using System.Text.Json.Nodes;
using TthcFlow.Engine.Runtime;
using static TthcFlow.Engine.Tests.Runtime.RuntimeHarness;

namespace TthcFlow.Engine.Tests.Runtime;

/// <summary>Loops driven by variables, the loop-safety limit, and faults.</summary>
public sealed class LoopAndFaultTests
{
    private static Flow CountingLoop() => new FlowBuilder("counting-loop")
        .Variable("Counter", "Int32", "0")
        .Start()
        .SetVariable("increment", "Counter", FlowBuilder.Script("Object", "getCounter() + 1"))
        .Activity("say", "Elsa.WriteLine", new() { ["text"] = FlowBuilder.VariableRef("String", "Counter") })
        .Decision("again", "getCounter() < input.times")
        .WriteLineScript("done", "'looped ' + getVariable('Counter') + ' times'")
        .Connect("start", "increment")
        .Connect("increment", "say")
        .Connect("say", "again")
        .Connect("again", "increment", "True")
        .Connect("again", "done", "False")
        .Build();

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(50)]
    public void A_loop_runs_as_many_times_as_the_variable_says(int times)
    {
        var state = Start(CountingLoop(), $$"""{"times":{{times}}}""").State!;
        Assert.Equal(InstanceStatus.Finished, state.Status);
        Assert.Equal([.. Enumerable.Range(1, times).Select(i => i.ToString()), $"looped {times} times"], state.Journal);
        Assert.Equal(times.ToString(), state.Variables[0]);
    }

    [Fact]
    public void A_loop_that_never_waits_faults_at_the_safety_limit()
    {
        var workflow = new FlowBuilder("endless")
            .Start()
            .Activity("spin", "Elsa.FlowDecision", new() { ["condition"] = FlowBuilder.Literal("Boolean", true) })
            .Connect("start", "spin")
            .Connect("spin", "spin", "True")
            .Build();
        var result = TryStart(workflow, runner: new WorkflowRunner(new RunnerOptions { MaxStepsPerCommand = 500 }));
        Assert.Equal(InstanceStatus.Faulted, result.State!.Status);
        Assert.Equal("spin", result.State.Fault!.ActivityId);
        Assert.Contains("500", result.State.Fault.Message);
        Assert.Equal(500, result.State.Steps);
    }

    [Fact]
    public void Fault_ends_the_instance_and_closes_what_it_waited_on()
    {
        var workflow = new FlowBuilder("fault")
            .Start()
            .Fork("fork", "Work", "Fail")
            .Officer("work", "Done")
            .Activity("fail", "Elsa.Fault", new()
            {
                ["code"] = FlowBuilder.Literal("String", "E42"),
                ["message"] = FlowBuilder.Literal("String", "Hồ sơ không hợp lệ"),
            })
            .Connect("start", "fork")
            .Connect("fork", "work", "Work")
            .Connect("fork", "fail", "Fail")
            .Build();
        var result = Start(workflow);
        var state = result.State!;
        Assert.Equal(InstanceStatus.Faulted, state.Status);
        Assert.Equal(new FaultInfo("fail", "Hồ sơ không hợp lệ", "E42"), state.Fault);
        Assert.Empty(state.Bookmarks);
        var opened = Assert.Single(result.Effects.OfType<HumanTaskOpened>());
        Assert.Contains(result.Effects, e => e is BookmarkClosed { Closure: BookmarkClosure.Cancelled } c && c.BookmarkId == opened.BookmarkId);
        var report = Assert.IsType<StatusReported>(result.Effects[^1]);
        Assert.Equal((InstanceStatus.Faulted, state.Fault), (report.Status, report.Fault));
    }

    [Theory]
    [InlineData("while (true) {}", "budget")]
    [InlineData("function f() { return f(); } f()", "budget")]
    [InlineData("throw new Error('boom')", "boom")]
    [InlineData("return noSuchFunction()", "noSuchFunction")]
    [InlineData("return (", "does not parse")]
    public void A_bad_script_faults_its_activity_instead_of_hanging(string script, string expected)
    {
        var workflow = new FlowBuilder("bad-script")
            .Start()
            .WriteLineScript("bad", script)
            .Connect("start", "bad")
            .Build();
        var state = Start(workflow).State!;
        Assert.Equal(InstanceStatus.Faulted, state.Status);
        Assert.Equal("bad", state.Fault!.ActivityId);
        Assert.Contains(expected, state.Fault.Message);
    }

    [Fact]
    public void Scripts_read_and_write_variables_and_the_dossier_data()
    {
        var workflow = new FlowBuilder("scripts")
            .Variable("Fee", "Int32", "0")
            .Variable("applicant_name", "String", null)
            .Start()
            .SetVariable("fee", "Fee", FlowBuilder.Script("Object", "dossier.fees.length * 50000"))
            .WriteLineScript("js", "setApplicantName(input.applicant.name); variables.Fee = variables.Fee + 1; return getApplicantName() + ' ' + getVariable('Fee')")
            .Activity("switch", "Elsa.FlowSwitch", new()
            {
                ["cases"] = new JsonArray(
                    new JsonObject { ["label"] = "Free", ["condition"] = new JsonObject { ["type"] = "JavaScript", ["value"] = "getFee() == 0" } },
                    new JsonObject { ["label"] = "Paid", ["condition"] = new JsonObject { ["type"] = "JavaScript", ["value"] = "getFee() > 0" } }),
            })
            .WriteLine("paid", "paid")
            .WriteLine("free", "free")
            .Connect("start", "fee")
            .Connect("fee", "js")
            .Connect("js", "switch")
            .Connect("switch", "paid", "Paid")
            .Connect("switch", "free", "Free")
            .Build();
        var state = Start(workflow, """{"applicant":{"name":"Nguyễn Văn A"},"fees":[1,2]}""").State!;
        // As in Elsa, the variables object is written back when the script ends, so the script still read 100000.
        Assert.Equal(["Nguyễn Văn A 100000", "paid"], state.Journal);
        Assert.Equal(["100001", "\"Nguyễn Văn A\""], state.Variables);
    }
}
