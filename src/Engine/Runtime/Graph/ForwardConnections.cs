namespace TthcFlow.Engine.Runtime.Graph;

/// <summary>
/// Splits a flowchart's connections into forward ones and loop-backs the way Elsa 3's FlowGraph
/// does: a breadth-first walk from the start node keeps an edge unless its target already reaches
/// its source over the edges kept so far. Merge-mode rules look only at forward inbound
/// connections, so a send-back loop never makes a join wait for itself.
/// </summary>
internal static class ForwardConnections
{
    /// <summary>The forward subset of <paramref name="connections"/>, in definition order.</summary>
    public static IReadOnlyList<FlowConnection> Compute(IReadOnlyList<FlowConnection> connections, int start)
    {
        if (start < 0)
            return [];
        var adjacency = new Dictionary<int, List<int>>();
        foreach (var c in connections)
        {
            if (!adjacency.TryGetValue(c.Source, out var targets))
                adjacency[c.Source] = targets = [];
            targets.Add(c.Target);
        }

        var visited = new HashSet<int>();
        var seenEdges = new HashSet<(int, int)>();
        var kept = new List<(int Source, int Target)>();
        var queue = new Queue<int>();
        queue.Enqueue(start);
        while (queue.Count > 0)
        {
            var source = queue.Dequeue();
            visited.Add(source);
            if (!adjacency.TryGetValue(source, out var targets))
                continue;
            foreach (var target in targets)
            {
                if (seenEdges.Contains((source, target)) || HasPath(kept, target, source))
                    continue;
                seenEdges.Add((source, target));
                kept.Add((source, target));
                if (!visited.Contains(target))
                    queue.Enqueue(target);
            }
        }

        var forwardPairs = kept.ToHashSet();
        return connections.Where(c => forwardPairs.Contains((c.Source, c.Target))).ToArray();
    }

    /// <summary>Every node upstream of <paramref name="node"/> over forward connections.</summary>
    public static int[] Ancestors(IReadOnlyList<FlowConnection> forward, int node)
    {
        var ancestors = new List<int>();
        var seen = new HashSet<int>();
        var queue = new Queue<int>();
        queue.Enqueue(node);
        while (queue.Count > 0)
        {
            var current = queue.Dequeue();
            foreach (var c in forward)
            {
                if (c.Target == current && seen.Add(c.Source))
                {
                    ancestors.Add(c.Source);
                    queue.Enqueue(c.Source);
                }
            }
        }

        return ancestors.ToArray();
    }

    private static bool HasPath(List<(int Source, int Target)> edges, int from, int to)
    {
        if (from == to)
            return true;
        var seen = new HashSet<int>();
        var stack = new Stack<int>();
        stack.Push(from);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            if (current == to)
                return true;
            if (!seen.Add(current))
                continue;
            foreach (var (source, target) in edges)
            {
                if (source == current && !seen.Contains(target))
                    stack.Push(target);
            }
        }

        return false;
    }
}
