using TthcFlow.Engine.Runtime.Behaviours;
using TthcFlow.Engine.Runtime.Graph;

namespace TthcFlow.Engine.Runtime.Execution;

/// <summary>
/// Runs queued work until every active path waits: takes the next work item, lets the activity's
/// behaviour execute, and hands a completion to the token flow. An exception inside an activity
/// faults the instance at that activity; it never escapes.
/// </summary>
internal static class Interpreter
{
    public static void Drain(InstanceRun run)
    {
        while (run.IsRunning && run.Queue.TryDequeue(out var item))
        {
            var scope = run.FindScope(item.Scope);
            if (scope is null)
                continue;
            if (item.StartsScope)
            {
                var start = run.Graph.Flowcharts[scope.Flowchart].Start;
                if (start < 0)
                    Lifecycle.CompleteScope(run, scope);
                else
                    run.Schedule(start, scope);
                continue;
            }

            var node = run.Graph.Nodes[item.Node];
            if (++run.StepsThisCommand > run.Options.MaxStepsPerCommand)
            {
                Lifecycle.FaultWorkflow(run, node,
                    $"More than {run.Options.MaxStepsPerCommand} activities ran in one command without waiting: an endless loop?");
                return;
            }

            run.Steps++;
            var context = new ActivityContext(run, node, scope);
            var behaviour = Behaviour.For(node.Kind);
            Apply(run, context, Guard(context, () => behaviour.Execute(context)));
        }
    }

    /// <summary>Resumes a bookmark (already checked) and runs on until everything waits.</summary>
    public static void Resume(InstanceRun run, BookmarkState bookmark, IResumableBehaviour behaviour, RuntimeCommand command)
    {
        var node = run.Graph.Nodes[bookmark.Node];
        var scope = run.FindScope(bookmark.Scope)
            ?? throw new InvalidOperationException($"Bookmark {bookmark.Id} belongs to scope {bookmark.Scope}, which the state does not hold.");
        run.Bookmarks.Remove(bookmark);
        var context = new ActivityContext(run, node, scope);
        Apply(run, context, Guard(context, () => behaviour.Resume(context, bookmark, command)));
        Drain(run);
    }

    /// <summary>Acts on what an activity did: continue the flow, keep waiting, or fault.</summary>
    public static void Apply(InstanceRun run, ActivityContext context, ActivityResult result)
    {
        if (!run.IsRunning)
            return;
        if (result.IsFaulted)
            Lifecycle.FaultWorkflow(run, context.Node, result.FaultMessage!, result.FaultCode);
        else if (result.IsCompleted)
            TokenFlow.OnCompleted(run, context.Scope, context.Node, result.Outcomes!);
    }

    /// <summary>Runs a behaviour step, turning an exception into a fault of that activity.</summary>
    public static ActivityResult Guard(ActivityContext context, Func<ActivityResult> step)
    {
        try
        {
            return step();
        }
        catch (ActivityFaultException e)
        {
            return ActivityResult.Faulted(e.Message, e.Code);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return ActivityResult.Faulted($"{context.Node.ActivityType} '{context.Node.ActivityId}' failed: {e.Message}");
        }
    }
}
