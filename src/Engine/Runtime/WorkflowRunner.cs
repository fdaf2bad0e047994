using System.Text.Json;
using TthcFlow.Definitions.Compilation;
using TthcFlow.Definitions.Model;
using TthcFlow.Engine.Runtime.Behaviours;
using TthcFlow.Engine.Runtime.Execution;
using TthcFlow.Engine.Runtime.Graph;

namespace TthcFlow.Engine.Runtime;

/// <summary>
/// Executes compiled flowcharts, purely: <c>Start</c> and <c>Resume</c> take a state
/// (or none), a command and the current instant and return a new state plus the effects to apply;
/// they read no clock, do no I/O and never change the state they were given. Each runs until every
/// active path waits. A command that does not fit the state (unknown bookmark, wrong outcome, timer
/// not yet due, ended instance) is refused with a <see cref="RuntimeError"/> and changes nothing.
/// Thread-safe: one runner serves every instance.
/// </summary>
public sealed class WorkflowRunner(RunnerOptions? options = null)
{
    private readonly RunnerOptions _options = options ?? RunnerOptions.Default;

    /// <summary>Starts a new instance of <paramref name="workflow"/>.</summary>
    public RunResult Start(CompiledWorkflow workflow, StartInput input) => StartGraph(RuntimeGraphs.Of(workflow), input);

    /// <summary>
    /// Applies <paramref name="command"/> to an instance. <paramref name="workflow"/> must be the
    /// version the instance started on (<see cref="InstanceState.DefinitionId"/>, <see cref="InstanceState.Version"/>).
    /// </summary>
    public RunResult Resume(CompiledWorkflow workflow, InstanceState state, RuntimeCommand command, DateTimeOffset now) =>
        ResumeGraph(RuntimeGraphs.Of(workflow), state, command, now);

    /// <summary>
    /// Starts a new instance of a definition, compiled once and kept while the definition object
    /// lives. This path also runs Elsa's FlowNode, ParallelForEach and Event, which the compiled
    /// graph alone does not describe. Throws <see cref="InvalidDefinitionException"/> for a
    /// definition with errors (published definitions have none).
    /// </summary>
    public RunResult Start(WorkflowDefinition workflow, StartInput input) => StartGraph(RuntimeGraphs.Of(workflow), input);

    /// <summary>Applies a command to an instance of a definition (see <see cref="Start(WorkflowDefinition, StartInput)"/>).</summary>
    public RunResult Resume(WorkflowDefinition workflow, InstanceState state, RuntimeCommand command, DateTimeOffset now) =>
        ResumeGraph(RuntimeGraphs.Of(workflow), state, command, now);

    internal RunResult StartGraph(RuntimeGraph graph, StartInput input)
    {
        if (input.InputJson is not null && !IsJsonObject(input.InputJson))
            return RunResult.Refused(null, RuntimeErrorCode.InvalidInput, "The start input must be a JSON object.");
        var run = InstanceRun.New(graph, _options, input);
        run.StartScope(0, -1, []);
        Interpreter.Drain(run);
        return Conclude(run);
    }

    internal RunResult ResumeGraph(RuntimeGraph graph, InstanceState state, RuntimeCommand command, DateTimeOffset now)
    {
        if (state.DefinitionId != graph.DefinitionId || state.Version != graph.Version)
        {
            return RunResult.Refused(state, RuntimeErrorCode.VersionMismatch,
                $"The instance runs on '{state.DefinitionId}' version {state.Version}, not '{graph.DefinitionId}' version {graph.Version}.");
        }

        if (state.IsEnded)
            return RunResult.Refused(state, RuntimeErrorCode.InstanceEnded, $"The instance is {state.Status}; it accepts no more commands.");

        if (command is CancelInstance)
        {
            var cancelled = InstanceRun.From(graph, _options, state, now);
            Lifecycle.EndWorkflow(cancelled, InstanceStatus.Cancelled);
            return Conclude(cancelled);
        }

        var bookmarkId = command switch
        {
            CompleteHumanTask c => c.BookmarkId,
            FireTimer c => c.BookmarkId,
            TriggerEvent c => c.BookmarkId,
            CompleteChildProcess c => c.BookmarkId,
            _ => throw new ArgumentException($"Unknown command {command.GetType().Name}.", nameof(command)),
        };
        var bookmark = state.FindBookmark(bookmarkId);
        if (bookmark is null || bookmark.Node < 0 || bookmark.Node >= graph.Nodes.Length)
            return RunResult.Refused(state, RuntimeErrorCode.BookmarkNotFound, $"The instance has no bookmark {bookmarkId}.");

        var node = graph.Nodes[bookmark.Node];
        if (bookmark.Kind == BookmarkKind.Container || Behaviour.For(node.Kind) is not IResumableBehaviour behaviour)
        {
            return RunResult.Refused(state, RuntimeErrorCode.WrongBookmarkKind,
                $"Bookmark {bookmarkId} of '{node.ActivityId}' is resumed by its body, not by {command.GetType().Name}.");
        }

        if (behaviour.Check(node, bookmark, command, now) is { } error)
            return RunResult.Refused(state, error.Code, error.Message);

        var run = InstanceRun.From(graph, _options, state, now);
        Interpreter.Resume(run, run.FindBookmark(bookmarkId)!, behaviour, command);
        return Conclude(run);
    }

    /// <summary>What the instance waits on: its bookmarks, then the joins still missing tokens.</summary>
    public static IReadOnlyList<WaitInfo> Waiting(CompiledWorkflow workflow, InstanceState state) => Waiting(RuntimeGraphs.Of(workflow), state);

    /// <summary>What an instance of a definition waits on.</summary>
    public static IReadOnlyList<WaitInfo> Waiting(WorkflowDefinition workflow, InstanceState state) => Waiting(RuntimeGraphs.Of(workflow), state);

    internal static IReadOnlyList<WaitInfo> Waiting(RuntimeGraph graph, InstanceState state)
    {
        var waits = new List<WaitInfo>();
        foreach (var bookmark in state.Bookmarks)
        {
            if (bookmark.Kind != BookmarkKind.Container)
                waits.Add(new WaitInfo(bookmark.Kind, bookmark.Id, graph.Nodes[bookmark.Node].ActivityId));
        }

        // A live token whose target is not itself waiting on a bookmark waits at a join.
        var joins = new HashSet<(int Scope, int Node)>(state.Bookmarks.Select(b => (b.Scope, b.Node)));
        foreach (var scope in state.Scopes)
        {
            foreach (var token in scope.Tokens)
            {
                if (!token.Consumed && !token.Blocked && joins.Add((scope.Id, token.To)))
                    waits.Add(new WaitInfo(BookmarkKind.Join, null, graph.Nodes[token.To].ActivityId));
            }
        }

        return waits;
    }

    private static RunResult Conclude(InstanceRun run)
    {
        var status = run.EndStatus ?? InstanceStatus.Suspended;
        var state = run.Snapshot(status);
        run.Effects.Add(new StatusReported(status, run.Fault, Waiting(run.Graph, state)));
        return new RunResult(state, run.Effects, null);
    }

    private static bool IsJsonObject(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
