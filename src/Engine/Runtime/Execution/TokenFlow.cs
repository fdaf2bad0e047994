using TthcFlow.Engine.Runtime.Graph;

namespace TthcFlow.Engine.Runtime.Execution;

/// <summary>
/// What happens when an activity completes inside a flowchart — Elsa 3's token-based flowchart:
/// a terminal node (End, Finish) ends its flowchart at once; otherwise a token is emitted on every
/// outbound connection of an active outcome, the tokens that brought the activity are consumed,
/// each target decides by its merge mode whether to run (<see cref="ArrivalRules"/>), and the
/// flowchart completes when no work is pending (no waiting child, no queued work, no live token).
/// </summary>
internal static class TokenFlow
{
    public static void OnCompleted(InstanceRun run, Scope scope, GraphNode node, string[] outcomes)
    {
        if (node.IsTerminal)
        {
            if (node.Kind == ActivityKind.Finish)
            {
                Lifecycle.FinishWorkflow(run);
                return;
            }

            scope.Tokens.Clear();
            Lifecycle.CompleteScope(run, scope);
            return;
        }

        var active = ActiveConnections(node, outcomes);
        foreach (var connection in active)
            scope.Tokens.Add(new Token(connection.Source, connection.Port, connection.Target));

        foreach (var token in scope.Tokens)
        {
            if (token.To == node.Index && token.IsLive)
                token.Consumed = true;
        }

        foreach (var connection in active)
        {
            ArrivalRules.Arrive(run, scope, connection);
            if (!run.IsRunning)
                return;
        }

        if (!run.HasPendingWork(scope))
        {
            scope.Tokens.Clear();
            Lifecycle.CompleteScope(run, scope);
            return;
        }

        scope.Tokens.RemoveAll(t => t.To == node.Index && t.Consumed);
    }

    /// <summary>Outbound connections whose port is one of the outcomes, in definition order.</summary>
    private static List<FlowConnection> ActiveConnections(GraphNode node, string[] outcomes)
    {
        var active = new List<FlowConnection>(node.Outbound.Length);
        foreach (var connection in node.Outbound)
        {
            if (Array.IndexOf(outcomes, connection.Port) >= 0)
                active.Add(connection);
        }

        return active;
    }
}
