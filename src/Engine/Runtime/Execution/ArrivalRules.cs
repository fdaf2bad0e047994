using TthcFlow.Engine.Runtime.Behaviours;
using TthcFlow.Engine.Runtime.Graph;

namespace TthcFlow.Engine.Runtime.Execution;

/// <summary>
/// What happens when a token arrives at an activity: its merge mode decides whether it is
/// scheduled now (Elsa 3's token-based flowchart). A FlowJoin's mode maps onto a merge mode
/// (<see cref="FlowJoinBehaviour.MergeModeOf"/>); any other activity uses
/// <c>customProperties.mergeMode</c>, Stream when unset — which makes every activity with
/// several inbound connections an implicit join of the branches that are still active.
/// </summary>
internal static class ArrivalRules
{
    public static void Arrive(InstanceRun run, Scope scope, FlowConnection connection)
    {
        var target = run.Graph.Nodes[connection.Target];
        var mode = target.Kind == ActivityKind.FlowJoin ? FlowJoinBehaviour.MergeModeOf(target) : target.MergeMode;
        switch (mode)
        {
            case MergeMode.Race:
            case MergeMode.Cascade:
                if (mode == MergeMode.Race)
                    CancelInboundAncestors(run, scope, target);
                FirstArrivalWins(run, scope, target, connection);
                break;
            case MergeMode.Merge:
                if (target.ForwardInbound.Length <= 1 || EveryConnectionHasToken(scope, target, target.ForwardInbound))
                    run.Schedule(target.Index, scope);
                break;
            case MergeMode.Converge:
                if (target.Inbound.Length <= 1 || EveryConnectionHasToken(scope, target, target.Inbound))
                    run.Schedule(target.Index, scope);
                break;
            default:
                if (!AnyUpstreamPending(scope, target))
                    run.Schedule(target.Index, scope);
                break;
        }
    }

    /// <summary>
    /// Race/Cascade: the first token schedules the target and leaves a blocked token on each other
    /// forward inbound connection; a later token on a blocked connection consumes the block instead
    /// of scheduling the target again.
    /// </summary>
    private static void FirstArrivalWins(InstanceRun run, Scope scope, GraphNode target, FlowConnection connection)
    {
        foreach (var token in scope.Tokens)
        {
            if (token.Blocked && token.To == target.Index && token.From == connection.Source && token.Port == connection.Port)
            {
                token.Consumed = true;
                return;
            }
        }

        run.Schedule(target.Index, scope);
        foreach (var inbound in target.ForwardInbound)
        {
            if (inbound.Source != connection.Source)
                scope.Tokens.Add(new Token(inbound.Source, inbound.Port, target.Index, blocked: true));
        }
    }

    /// <summary>Merge/Converge: a live token waits on each of the given connections.</summary>
    private static bool EveryConnectionHasToken(Scope scope, GraphNode target, FlowConnection[] inbound)
    {
        foreach (var connection in inbound)
        {
            var found = false;
            foreach (var token in scope.Tokens)
            {
                if (token.IsLive && token.To == target.Index && token.From == connection.Source && token.Port == connection.Port)
                {
                    found = true;
                    break;
                }
            }

            if (!found)
                return false;
        }

        return true;
    }

    /// <summary>Stream: a source of a forward inbound connection still has a live token to run on.</summary>
    private static bool AnyUpstreamPending(Scope scope, GraphNode target)
    {
        foreach (var token in scope.Tokens)
        {
            if (!token.IsLive)
                continue;
            foreach (var inbound in target.ForwardInbound)
            {
                if (token.To == inbound.Source)
                    return true;
            }
        }

        return false;
    }

    /// <summary>Race: the activities upstream of the target that still wait are cancelled, with their tokens.</summary>
    private static void CancelInboundAncestors(InstanceRun run, Scope scope, GraphNode target)
    {
        var waiting = run.Bookmarks.FindAll(b => b.Scope == scope.Id && Array.IndexOf(target.ForwardAncestors, b.Node) >= 0);
        foreach (var bookmark in waiting)
        {
            Lifecycle.CancelBookmark(run, bookmark);
            scope.Tokens.RemoveAll(t => t.From == bookmark.Node || t.To == bookmark.Node);
        }
    }
}
