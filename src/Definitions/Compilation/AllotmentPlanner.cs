namespace TthcFlow.Definitions.Compilation;

/// <summary>Longest-path planning over each flowchart's forward edges (a DAG once loop-backs are set aside).</summary>
internal static class AllotmentPlanner
{
    public static AllotmentPlan Plan(GraphAnalysis analysis)
    {
        var nodes = analysis.Nodes;
        var local = new decimal?[nodes.Count];
        var predecessor = Enumerable.Repeat(-1, nodes.Count).ToArray();
        var duration = new decimal[analysis.Containers.Count];
        var endOf = new int[analysis.Containers.Count];

        // Inner flowcharts were added after their parents: plan them first.
        for (var c = analysis.Containers.Count - 1; c >= 0; c--)
            (duration[c], endOf[c]) = PlanContainer(analysis, analysis.Containers[c], duration, local, predecessor);

        var earliest = new decimal?[nodes.Count];
        foreach (var container in analysis.Containers)
        {
            var offset = container.FlowchartNode < 0 ? 0 : earliest[container.FlowchartNode];
            foreach (var index in container.Nodes)
                earliest[index] = offset is null || local[index] is null ? null : offset + local[index];
        }

        var path = new List<int>();
        for (var i = analysis.Containers.Count > 0 ? endOf[0] : -1; i >= 0; i = predecessor[i])
            path.Add(i);
        path.Reverse();
        return new AllotmentPlan(analysis.Containers.Count > 0 ? duration[0] : 0, [.. path], [.. earliest]);
    }

    private static (decimal Duration, int End) PlanContainer(GraphAnalysis analysis, GraphAnalysis.Container container,
        decimal[] duration, decimal?[] local, int[] predecessor)
    {
        var nodes = analysis.Nodes;
        var reachable = container.Nodes.Where(i => nodes[i].Reachable).ToHashSet();
        var inDegree = reachable.ToDictionary(i => i, i => nodes[i].In.Count(e => Forward(analysis, e, reachable)));
        var ready = new Queue<int>(reachable.Where(i => inDegree[i] == 0).OrderBy(i => i));
        foreach (var i in ready)
            local[i] = 0;
        var (best, end) = (0m, -1);
        while (ready.TryDequeue(out var index))
        {
            var node = nodes[index];
            var finish = local[index]!.Value + Weight(node, duration);
            // Ties go to the later node, so the path runs on to the end of the flow.
            if (end < 0 || finish >= best)
                (best, end) = (finish, index);
            foreach (var edgeIndex in node.Out.Where(e => Forward(analysis, e, reachable)))
            {
                var target = analysis.Edges[edgeIndex].Target;
                if (local[target] is null || finish > local[target])
                {
                    local[target] = finish;
                    predecessor[target] = index;
                }

                if (--inDegree[target] == 0)
                    ready.Enqueue(target);
            }
        }

        return (best, end);
    }

    private static bool Forward(GraphAnalysis analysis, int edgeIndex, HashSet<int> reachable)
    {
        var edge = analysis.Edges[edgeIndex];
        return !edge.IsBackward && reachable.Contains(edge.Source) && reachable.Contains(edge.Target);
    }

    private static decimal Weight(GraphAnalysis.Node node, decimal[] duration) =>
        node.OwnContainer >= 0 ? duration[node.OwnContainer]
        : node.Settings.CountsTowardLimit ? node.Settings.AllottedHours
        : 0;
}
