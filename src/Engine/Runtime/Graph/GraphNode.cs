namespace TthcFlow.Engine.Runtime.Graph;

/// <summary>
/// One activity of the executable graph. Indices are global across nested flowcharts, so a token,
/// a bookmark or a work item names a node with one integer.
/// </summary>
internal sealed class GraphNode
{
    public required int Index { get; init; }
    public required string ActivityId { get; init; }
    public required string ActivityType { get; init; }
    public required ActivityKind Kind { get; init; }

    /// <summary>The flowchart this node belongs to (0 is the root).</summary>
    public required int Flowchart { get; init; }

    public MergeMode MergeMode { get; init; }
    public NodeSettings? Settings { get; init; }

    /// <summary>The body flowchart of a FlowNode or ParallelForEach; -1 otherwise.</summary>
    public int Body { get; init; } = -1;

    /// <summary>The outcome ports a resumed activity may complete with (human steps, transfers).</summary>
    public IReadOnlyList<string> Ports { get; init; } = [];

    /// <summary>Outbound connections in definition order: the order their targets are scheduled.</summary>
    public FlowConnection[] Outbound { get; internal set; } = [];

    /// <summary>Inbound connections that are not loop-backs (Elsa's forward inbound connections).</summary>
    public FlowConnection[] ForwardInbound { get; internal set; } = [];

    /// <summary>Every inbound connection, loop-backs included.</summary>
    public FlowConnection[] Inbound { get; internal set; } = [];

    /// <summary>Every node upstream over forward connections (cancelled by a Race merge).</summary>
    public int[] ForwardAncestors { get; internal set; } = [];

    /// <summary>End and Finish: completing one completes its flowchart at once.</summary>
    public bool IsTerminal => Kind is ActivityKind.End or ActivityKind.Finish;

    public TSettings SettingsAs<TSettings>() where TSettings : NodeSettings =>
        Settings as TSettings ?? throw new InvalidOperationException($"Activity '{ActivityId}' ({ActivityType}) has no {typeof(TSettings).Name}.");
}

/// <summary>A flowchart: the root one or the body of a FlowNode / ParallelForEach.</summary>
internal sealed class FlowchartGraph
{
    public required int Index { get; init; }

    /// <summary>The node whose body this is; -1 for the root flowchart.</summary>
    public required int Owner { get; init; }

    /// <summary>The node scheduled when the flowchart starts; -1 when it is empty.</summary>
    public required int Start { get; init; }

    public required int[] Nodes { get; init; }
}
