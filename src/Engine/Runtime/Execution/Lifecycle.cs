using TthcFlow.Engine.Runtime.Behaviours;
using TthcFlow.Engine.Runtime.Graph;

namespace TthcFlow.Engine.Runtime.Execution;

/// <summary>
/// How flowcharts and bookmarks end: a flowchart completes (its waiting children are cancelled and
/// its container, if any, is told), a bookmark is cancelled (its task or timer closed, its bodies
/// torn down), the whole workflow finishes, faults or is cancelled.
/// </summary>
internal static class Lifecycle
{
    /// <summary>
    /// A flowchart completed: its still-waiting children are cancelled, its queued work withdrawn.
    /// The root flowchart finishes the workflow; a body tells its container.
    /// </summary>
    public static void CompleteScope(InstanceRun run, Scope scope)
    {
        DisposeScope(run, scope);
        if (scope.Owner < 0)
        {
            run.EndStatus ??= InstanceStatus.Finished;
            return;
        }

        var container = run.FindBookmark(scope.Owner);
        if (container is null || !run.IsRunning)
            return;
        var node = run.Graph.Nodes[container.Node];
        var containerScope = run.FindScope(container.Scope);
        if (containerScope is null || Behaviour.For(node.Kind) is not IContainerBehaviour behaviour)
            return;

        var context = new ActivityContext(run, node, containerScope);
        var result = Interpreter.Guard(context, () => behaviour.OnBodyCompleted(context, container));
        if (result.IsCompleted)
            run.Bookmarks.Remove(container);
        Interpreter.Apply(run, context, result);
    }

    /// <summary>Cancels a waiting activity: its bookmark is closed and, for a container, its bodies are torn down.</summary>
    public static void CancelBookmark(InstanceRun run, BookmarkState bookmark)
    {
        if (!run.Bookmarks.Remove(bookmark))
            return;
        if (bookmark.Kind == BookmarkKind.Container)
        {
            foreach (var body in run.Scopes.FindAll(s => s.Owner == bookmark.Id))
                DisposeScope(run, body);
            return;
        }

        var node = run.Graph.Nodes[bookmark.Node];
        run.Effects.Add(new BookmarkClosed(bookmark.Id, node.ActivityId, bookmark.Kind, BookmarkClosure.Cancelled, run.Now));
    }

    /// <summary>Elsa.Finish: the workflow ends now, whatever else was running.</summary>
    public static void FinishWorkflow(InstanceRun run) => EndWorkflow(run, InstanceStatus.Finished);

    /// <summary>An activity faulted: the instance is Faulted and everything it waited on is closed.</summary>
    public static void FaultWorkflow(InstanceRun run, GraphNode node, string message, string? code = null)
    {
        run.Fault = new FaultInfo(node.ActivityId, message, code);
        EndWorkflow(run, InstanceStatus.Faulted);
    }

    /// <summary>Ends the workflow with the given status, closing every bookmark in creation order.</summary>
    public static void EndWorkflow(InstanceRun run, InstanceStatus status)
    {
        run.EndStatus = status;
        foreach (var bookmark in run.Bookmarks.ToArray())
            CancelBookmark(run, bookmark);
        run.Queue.Clear();
        run.Scopes.Clear();
    }

    /// <summary>Removes a scope with its waiting children and queued work, without telling its container.</summary>
    private static void DisposeScope(InstanceRun run, Scope scope)
    {
        if (!run.Scopes.Remove(scope))
            return;
        foreach (var bookmark in run.Bookmarks.FindAll(b => b.Scope == scope.Id))
            CancelBookmark(run, bookmark);
        run.Queue.Withdraw(scope.Id);
        scope.Tokens.Clear();
    }
}
