using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using TthcFlow.Definitions.Elsa;
using TthcFlow.Definitions.Model;
using TthcFlow.Engine.Runtime;

namespace TthcFlow.Engine.Tests.Runtime;

/// <summary>Loads definitions and drives the runner the way Elsa's test fixtures drive Elsa.</summary>
internal static class RuntimeHarness
{
    /// <summary>A fixed instant for every test: 2025-07-01 08:00 in Vietnam.</summary>
    public static readonly DateTimeOffset T0 = VirtualClock.DefaultStart;

    public static readonly WorkflowRunner Runner = new();

    public static string SamplePath(string file, [CallerFilePath] string here = "") =>
        Path.Combine(Path.GetDirectoryName(here)!, "ElsaSamples", file);

    public static WorkflowDefinition Sample(string file) => ElsaJson.Read(File.ReadAllText(SamplePath(file)));

    public static WorkflowDefinition FromJson(JsonObject document) => ElsaJson.Read(document.ToJsonString());

    /// <summary>
    /// Elsa's RunWorkflowUntilEndAsync: start, then keep resuming every bookmark that is not a
    /// human task (timers at their due instant, events) until the instance stops changing.
    /// </summary>
    public static (InstanceState State, List<RuntimeEffect> Effects) RunUntilEnd(WorkflowDefinition workflow, string? input = null)
    {
        var result = Runner.Start(workflow, new StartInput(T0, input));
        Assert.True(result.Succeeded, result.Error?.Message);
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
            result = Runner.Resume(workflow, state, command, now);
            Assert.True(result.Succeeded, result.Error?.Message);
            effects.AddRange(result.Effects);
            state = result.State!;
        }

        return (state, effects);
    }

    public static RunResult Start(WorkflowDefinition workflow, string? input = null)
    {
        var result = Runner.Start(workflow, new StartInput(T0, input));
        Assert.True(result.Succeeded, result.Error?.Message);
        return result;
    }

    public static RunResult Resume(WorkflowDefinition workflow, InstanceState state, RuntimeCommand command, DateTimeOffset? now = null)
    {
        var result = Runner.Resume(workflow, state, command, now ?? T0);
        Assert.True(result.Succeeded, result.Error?.Message);
        return result;
    }

    /// <summary>The open human task of the given activity (exactly one).</summary>
    public static BookmarkState Task(InstanceState state, WorkflowDefinition workflow, string activityId)
    {
        var waits = WorkflowRunner.Waiting(workflow, state);
        var wait = Assert.Single(waits, w => w.Kind == BookmarkKind.HumanTask && w.ActivityId == activityId);
        return state.FindBookmark(wait.BookmarkId!.Value)!;
    }

    public static IReadOnlyList<string> OpenTasks(WorkflowDefinition workflow, InstanceState state) =>
        WorkflowRunner.Waiting(workflow, state).Where(w => w.Kind == BookmarkKind.HumanTask).Select(w => w.ActivityId).ToArray();

    public static RunResult Complete(WorkflowDefinition workflow, InstanceState state, string activityId, string outcome) =>
        Resume(workflow, state, new CompleteHumanTask(Task(state, workflow, activityId).Id, outcome, "officer", null));
}
