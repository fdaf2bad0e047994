using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using TthcFlow.Definitions.Compilation;
using TthcFlow.Definitions.Elsa;
using TthcFlow.Definitions.Model;
using TthcFlow.Engine.Runtime;
using TthcFlow.Engine.Runtime.Graph;

namespace TthcFlow.Engine.Tests.Runtime;

/// <summary>A definition compiled by the real compiler, as the runner receives it.</summary>
internal sealed class Flow(WorkflowDefinition definition)
{
    public WorkflowDefinition Definition { get; } = definition;
    public CompiledWorkflow Compiled { get; } = WorkflowCompiler.Compile(definition);

    /// <summary>Elsa's FlowNode / ParallelForEach / Event need the source definition (the run verb's path).</summary>
    public bool NeedsSource => Compiled.Nodes.Any(n => !n.IsExecutable);

    public RuntimeGraph Graph => RuntimeGraphs.Of(Compiled, Definition);
}

/// <summary>Loads definitions and drives the runner the way Elsa's test fixtures drive Elsa.</summary>
internal static class RuntimeHarness
{
    /// <summary>A fixed instant for every test: 2025-07-01 08:00 in Vietnam.</summary>
    public static readonly DateTimeOffset T0 = VirtualClock.DefaultStart;

    public static readonly WorkflowRunner Runner = new();

    public static string SamplePath(string file, [CallerFilePath] string here = "") =>
        Path.Combine(Path.GetDirectoryName(here)!, "ElsaSamples", file);

    public static Flow Sample(string file) => new(ElsaJson.Read(File.ReadAllText(SamplePath(file))));

    public static Flow FromJson(JsonObject document) => new(ElsaJson.Read(document.ToJsonString()));

    /// <summary>Starts through the public API (or the source-aware graph for Elsa-only container types).</summary>
    public static RunResult TryStart(Flow workflow, string? input = null, WorkflowRunner? runner = null)
    {
        runner ??= Runner;
        var start = new StartInput(T0, input);
        return workflow.NeedsSource ? runner.StartGraph(workflow.Graph, start) : runner.Start(workflow.Compiled, start);
    }

    public static RunResult TryResume(Flow workflow, InstanceState state, RuntimeCommand command, DateTimeOffset? now = null) =>
        workflow.NeedsSource
            ? Runner.ResumeGraph(workflow.Graph, state, command, now ?? T0)
            : Runner.Resume(workflow.Compiled, state, command, now ?? T0);

    public static RunResult Start(Flow workflow, string? input = null)
    {
        var result = TryStart(workflow, input);
        Assert.True(result.Succeeded, result.Error?.Message);
        return result;
    }

    public static RunResult Resume(Flow workflow, InstanceState state, RuntimeCommand command, DateTimeOffset? now = null)
    {
        var result = TryResume(workflow, state, command, now);
        Assert.True(result.Succeeded, result.Error?.Message);
        return result;
    }

    /// <summary>
    /// Elsa's RunWorkflowUntilEndAsync: start, then keep resuming every bookmark that is not a
    /// human task (timers at their due instant, events) until none is left.
    /// </summary>
    public static (InstanceState State, List<RuntimeEffect> Effects) RunUntilEnd(Flow workflow, string? input = null)
    {
        var result = Start(workflow, input);
        var effects = new List<RuntimeEffect>(result.Effects);
        var state = result.State!;
        var now = T0;
        while (state.Status == InstanceStatus.Suspended)
        {
            var next = state.Bookmarks.FirstOrDefault(b => b.Kind is BookmarkKind.Timer or BookmarkKind.Event);
            if (next is null)
                break;
            RuntimeCommand command = next.Kind == BookmarkKind.Timer ? new FireTimer(next.Id) : new TriggerEvent(next.Id);
            if (next.DueAt > now)
                now = next.DueAt.Value;
            result = Resume(workflow, state, command, now);
            effects.AddRange(result.Effects);
            state = result.State!;
        }

        return (state, effects);
    }

    public static IReadOnlyList<WaitInfo> Waiting(Flow workflow, InstanceState state) => WorkflowRunner.Waiting(workflow.Compiled, state);

    /// <summary>The open human task of the given activity (exactly one).</summary>
    public static BookmarkState Task(InstanceState state, Flow workflow, string activityId)
    {
        var wait = Assert.Single(Waiting(workflow, state), w => w.Kind == BookmarkKind.HumanTask && w.ActivityId == activityId);
        return state.FindBookmark(wait.BookmarkId!.Value)!;
    }

    public static IReadOnlyList<string> OpenTasks(Flow workflow, InstanceState state) =>
        Waiting(workflow, state).Where(w => w.Kind == BookmarkKind.HumanTask).Select(w => w.ActivityId).ToArray();

    public static RunResult Complete(Flow workflow, InstanceState state, string activityId, string outcome) =>
        Resume(workflow, state, new CompleteHumanTask(Task(state, workflow, activityId).Id, outcome, "officer", null));
}
