using System.Text.Json;
using System.Text.Json.Nodes;
using TthcFlow.Definitions.Validation;

namespace TthcFlow.Definitions.Compilation;

/// <summary>Start, reachability, loop-backs, exits and unconnected outcomes, per flowchart.</summary>
internal sealed partial class GraphAnalysis
{
    /// <summary>
    /// The start of each flowchart: the first activity that can start the workflow, else the first
    /// <c>Elsa.Start</c>, else the flowchart's <c>start</c> property, else the activity without
    /// inbound connections (the first one, with a warning, when there are several).
    /// </summary>
    private void FindStarts()
    {
        foreach (var container in Containers)
        {
            var nodes = container.Nodes.Select(i => Nodes[i]).ToList();
            container.Triggers.AddRange(nodes.Where(n => n.Activity.CanStartWorkflow).Select(n => n.Index));
            var start = container.Triggers.Cast<int?>().FirstOrDefault()
                ?? nodes.FirstOrDefault(n => n.Type?.Descriptor.IsStart == true)?.Index
                ?? StartProperty(container);
            if (start is null)
            {
                var roots = nodes.Where(n => n.In.Count == 0).ToList();
                start = roots.FirstOrDefault()?.Index;
                if (roots.Count > 1)
                {
                    Warning(IssueCodes.AmbiguousStart, roots[0].Activity.Id, null,
                        $"Có {roots.Count} hoạt động không có kết nối vào ({Listing(roots.Select(r => r.Activity.Id))}); quy trình bắt đầu từ “{roots[0].Label}”. Hãy thêm Elsa.Start.",
                        $"{roots.Count} activities have no inbound connection ({Listing(roots.Select(r => r.Activity.Id))}); the workflow starts at \"{roots[0].Label}\". Add an Elsa.Start.");
                }
            }

            if (start is null && nodes.Count > 0)
            {
                Error(IssueCodes.NoStartActivity, container.Activity.Id, null,
                    "Không xác định được bước bắt đầu: mọi hoạt động đều có kết nối vào. Hãy thêm Elsa.Start.",
                    "No start can be found: every activity has an inbound connection. Add an Elsa.Start.");
            }

            container.Start = start ?? -1;
        }
    }

    private int? StartProperty(Container container) =>
        container.Activity.Properties["start"] is JsonValue v && v.GetValueKind() == JsonValueKind.String
        && container.ById.TryGetValue(v.GetValue<string>(), out var index)
            ? index
            : null;

    private void FindReachable()
    {
        foreach (var container in Containers)
        {
            var live = container.FlowchartNode < 0 || Nodes[container.FlowchartNode].Reachable;
            var pending = new Stack<int>(container.Triggers.Append(container.Start).Where(i => i >= 0));
            while (pending.TryPop(out var index))
            {
                var node = Nodes[index];
                if (node.Reachable || !live)
                    continue;
                node.Reachable = true;
                foreach (var edge in node.Out)
                    pending.Push(Edges[edge].Target);
            }

            if (!live)
                continue;
            foreach (var node in container.Nodes.Select(i => Nodes[i]).Where(n => !n.Reachable))
            {
                var (vi, en) = ($"Không có đường nào từ bước bắt đầu tới “{node.Label}”.",
                    $"No path leads from the start to \"{node.Label}\".");
                if (node.IsTthcFlow)
                    Error(IssueCodes.UnreachableActivity, node.Activity.Id, null, vi, en);
                else
                    Warning(IssueCodes.UnreachableActivity, node.Activity.Id, null, vi, en);
            }
        }
    }

    /// <summary>Marks loop-back edges: depth first from the start, then the triggers, then the rest in order.</summary>
    private void FindLoopbacks()
    {
        var state = new byte[Nodes.Count];
        foreach (var container in Containers)
        {
            var roots = container.Triggers.Prepend(container.Start).Concat(container.Nodes).Where(i => i >= 0);
            foreach (var root in roots)
            {
                if (state[root] == 0)
                    Visit(root, state);
            }
        }
    }

    private void Visit(int index, byte[] state)
    {
        state[index] = 1;
        foreach (var edgeIndex in Nodes[index].Out)
        {
            var edge = Edges[edgeIndex];
            if (state[edge.Target] == 1)
                edge.IsBackward = true;
            else if (state[edge.Target] == 0)
                Visit(edge.Target, state);
        }

        state[index] = 2;
    }

    /// <summary>
    /// A path ends at a terminal activity, at an activity with no outgoing connection, or through a
    /// port left unconnected; types outside the catalogue are assumed able to end. Every reachable
    /// activity must be able to get to such an end: otherwise it sits in a loop with no exit.
    /// </summary>
    private void FindExits()
    {
        var pending = new Stack<int>();
        foreach (var node in Nodes)
        {
            var descriptor = node.Type?.Descriptor;
            var exits = descriptor is null || descriptor.IsTerminal || node.Out.Count == 0
                || node.Ports.Any(port => !node.Out.Any(e => Edges[e].Port == port));
            if (exits)
                pending.Push(node.Index);
        }

        while (pending.TryPop(out var index))
        {
            var node = Nodes[index];
            if (node.CanEnd)
                continue;
            node.CanEnd = true;
            foreach (var edge in node.In)
                pending.Push(Edges[edge].Source);
        }

        foreach (var node in Nodes.Where(n => n.Reachable && !n.CanEnd))
        {
            Error(IssueCodes.NoPathToEnd, node.Activity.Id, null,
                $"Từ “{node.Label}” không có đường nào đi tới kết thúc: quy trình sẽ lặp mãi.",
                $"No path from \"{node.Label}\" reaches an end: the workflow would loop forever.");
        }
    }

    /// <summary>A TthcFlow step with some outcomes connected and others not: choosing those ends the process.</summary>
    private void CheckOutcomes()
    {
        foreach (var node in Nodes.Where(n => n.IsTthcFlow && n.Type is not null && n.Out.Count > 0))
        {
            foreach (var port in node.Ports.Where(p => !node.Out.Any(e => Edges[e].Port == p)))
            {
                Warning(IssueCodes.UnconnectedOutcome, node.Activity.Id, null,
                    $"Kết quả “{port}” của “{node.Label}” chưa nối tới bước nào: chọn kết quả này sẽ kết thúc quy trình.",
                    $"Outcome \"{port}\" of \"{node.Label}\" is not connected: choosing it ends the process.");
            }
        }
    }
}
