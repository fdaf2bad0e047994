using TthcFlow.Engine.Runtime;
using static TthcFlow.Engine.Tests.Runtime.RuntimeHarness;

namespace TthcFlow.Engine.Tests.Runtime;

/// <summary>The state round-trips exactly, mid-flow, and resuming from the copy gives the same result.</summary>
public sealed class StateSerializationTests
{
    [Fact]
    public void State_round_trips_mid_flow_and_resumes_identically()
    {
        var workflow = new FlowBuilder("round-trip")
            .Variable("Rounds", "Int32", "0")
            .Variable("Note", "String", "bắt đầu")
            .Start()
            .Fork("fork", "A", "B", "C")
            .Officer("a", "Approved", "SentBack")
            .Officer("b", "Done")
            .Delay("c", "04:00:00")
            .SetVariable("count", "Rounds", FlowBuilder.Script("Object", "getRounds() + 1"))
            .Join("join", "WaitAll")
            .WriteLineScript("say", "'rounds: ' + getRounds() + ', ' + getNote() + ', ' + input.code")
            .Connect("start", "fork")
            .Connect("fork", "a", "A")
            .Connect("fork", "b", "B")
            .Connect("fork", "c", "C")
            .Connect("a", "count", "SentBack")
            .Connect("count", "a")
            .Connect("a", "join", "Approved")
            .Connect("b", "join")
            .Connect("c", "join")
            .Connect("join", "say")
            .Build();
        var state = Start(workflow, """{"code":"000.00.12.H56-250701-0001"}""").State!;
        state = Complete(workflow, state, "a", "SentBack").State!;
        state = Complete(workflow, state, "b", "Done").State!;

        var bytes = InstanceStateSerializer.Serialize(state);
        var copy = InstanceStateSerializer.Deserialize(bytes);
        Assert.Equal(bytes, InstanceStateSerializer.Serialize(copy));
        Assert.True(bytes.Length < 300, $"{bytes.Length} bytes");
        Assert.Equal(state.Journal, copy.Journal);
        Assert.Equal(state.Variables, copy.Variables);
        Assert.Equal(state.Bookmarks, copy.Bookmarks);
        Assert.Equal(state.Scopes.SelectMany(s => s.Tokens), copy.Scopes.SelectMany(s => s.Tokens));

        var timer = state.Bookmarks.Single(b => b.Kind == BookmarkKind.Timer);
        var fromOriginal = Resume(workflow, state, new FireTimer(timer.Id), timer.DueAt!.Value);
        var fromCopy = Resume(workflow, copy, new FireTimer(timer.Id), timer.DueAt!.Value);
        Assert.Equal(InstanceStateSerializer.Serialize(fromOriginal.State!), InstanceStateSerializer.Serialize(fromCopy.State!));
        Assert.Equal(fromOriginal.Effects.Count, fromCopy.Effects.Count);

        var end = Complete(workflow, fromCopy.State!, "a", "Approved").State!;
        Assert.Equal(["rounds: 1, bắt đầu, 000.00.12.H56-250701-0001"], end.Journal);
        Assert.Equal(InstanceStatus.Finished, end.Status);
        Assert.Equal(end.Journal, InstanceStateSerializer.Deserialize(InstanceStateSerializer.Serialize(end)).Journal);
    }

    [Fact]
    public void Faulted_state_with_instants_in_other_offsets_round_trips()
    {
        var state = new InstanceState
        {
            DefinitionId = "x",
            Version = 7,
            Status = InstanceStatus.Faulted,
            Fault = new FaultInfo("f", "lỗi", null),
            NextId = 300,
            Steps = 1L << 40,
            InputJson = null,
            Variables = [null, "-1.5", "\"chuỗi\""],
            Scopes = [new ScopeState(4, 2, -1, [new LocalValue("CurrentValue", "{\"a\":1}")], [new TokenState(1, "Done", 2, true, true)])],
            Bookmarks = [new BookmarkState(299, 3, 4, BookmarkKind.Timer, new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.FromHours(-5))), new BookmarkState(5, 1, 4, BookmarkKind.Event, null, "Event4")],
            Journal = [""],
        };
        var copy = InstanceStateSerializer.Deserialize(InstanceStateSerializer.Serialize(state));
        Assert.Equal(state.Bookmarks, copy.Bookmarks);
        Assert.Equal(state.Bookmarks[0].DueAt!.Value.Offset, copy.Bookmarks[0].DueAt!.Value.Offset);
        Assert.Equal((state.Fault, state.Steps, state.NextId), (copy.Fault, copy.Steps, copy.NextId));
        Assert.Equal(state.Scopes[0].Locals, copy.Scopes[0].Locals);
    }

    [Fact]
    public void Bytes_that_are_not_a_state_are_a_format_error()
    {
        Assert.Throws<FormatException>(() => InstanceStateSerializer.Deserialize([9, 1, 2]));
        var bytes = InstanceStateSerializer.Serialize(Start(new FlowBuilder().Start().Build()).State!);
        Assert.Throws<FormatException>(() => InstanceStateSerializer.Deserialize(bytes.AsSpan(0, bytes.Length - 1)));
        Assert.Throws<FormatException>(() => InstanceStateSerializer.Deserialize([.. bytes, 0]));
    }
}
