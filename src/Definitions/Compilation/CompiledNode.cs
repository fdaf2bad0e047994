using System.Collections.Immutable;
using TthcFlow.Definitions.Activities;

namespace TthcFlow.Definitions.Compilation;

/// <summary>
/// A connection in the compiled graph, between node indexes. <see cref="IsBackward"/> marks a
/// loop-back (its target is an ancestor on a depth-first walk from the start), which merge modes
/// other than Converge do not wait for.
/// </summary>
public sealed record CompiledEdge(int Index, int Source, string Port, int Target, string? TargetPort, bool IsBackward);

/// <summary>
/// One activity of the compiled graph: identity, what it waits for, its typed settings (pattern-match
/// on <see cref="Settings"/>: <c>OfficerStepSettings</c>, <c>FlowJoinSettings</c>, …), its ports and
/// edges by index. A nested <c>Elsa.Flowchart</c> lists its <see cref="Children"/> and start.
/// </summary>
public sealed class CompiledNode
{
    internal CompiledNode(int index, string id, string type, string? name, ActivityDescriptor? descriptor,
        ActivitySettings settings, MergeMode? mergeMode, bool canStartWorkflow, bool runAsynchronously, int container,
        ImmutableArray<string> ports, ImmutableArray<ImmutableArray<int>> outgoingByPort, ImmutableArray<int> outgoing,
        ImmutableArray<int> incoming, int forwardIncomingCount, ImmutableArray<int> children, int startNode)
    {
        Index = index;
        Id = id;
        Type = type;
        Name = name;
        Waits = descriptor?.Waits ?? ActivityWaits.None;
        IsTerminal = descriptor?.IsTerminal ?? false;
        IsExecutable = descriptor is not null;
        Settings = settings;
        MergeMode = mergeMode;
        CanStartWorkflow = canStartWorkflow;
        RunAsynchronously = runAsynchronously;
        Container = container;
        Ports = ports;
        OutgoingByPort = outgoingByPort;
        Outgoing = outgoing;
        Incoming = incoming;
        ForwardIncomingCount = forwardIncomingCount;
        Children = children;
        StartNode = startNode;
    }

    public int Index { get; }

    public string Id { get; }

    public string Type { get; }

    public string? Name { get; }

    public ActivityWaits Waits { get; }

    /// <summary>Ends its path, flowchart or workflow (End, Finish, Fault).</summary>
    public bool IsTerminal { get; }

    /// <summary>False for a type outside the catalogue, kept in the definition but not run by TthcFlow.</summary>
    public bool IsExecutable { get; }

    public ActivitySettings Settings { get; }

    /// <summary><c>customProperties.mergeMode</c>; null when unset (Elsa's default applies).</summary>
    public MergeMode? MergeMode { get; }

    public bool CanStartWorkflow { get; }

    public bool RunAsynchronously { get; }

    /// <summary>The index of the nested flowchart node holding this node; -1 for the root flowchart.</summary>
    public int Container { get; }

    /// <summary>The ports (outcomes) in declared order; for a type outside the catalogue, those its connections use.</summary>
    public ImmutableArray<string> Ports { get; }

    /// <summary>Outgoing edge indexes per port, aligned with <see cref="Ports"/>.</summary>
    public ImmutableArray<ImmutableArray<int>> OutgoingByPort { get; }

    /// <summary>Every outgoing edge index, in connection order.</summary>
    public ImmutableArray<int> Outgoing { get; }

    /// <summary>Every incoming edge index, in connection order.</summary>
    public ImmutableArray<int> Incoming { get; }

    /// <summary>Incoming edges that are not loop-backs.</summary>
    public int ForwardIncomingCount { get; }

    /// <summary>For a nested flowchart, the indexes of its child nodes; empty otherwise.</summary>
    public ImmutableArray<int> Children { get; }

    /// <summary>For a nested flowchart, the index of its start node (-1 if it is empty); -1 otherwise.</summary>
    public int StartNode { get; }

    /// <summary>The outgoing edge indexes on a port; empty when the port is unknown or unconnected.</summary>
    public ImmutableArray<int> OutgoingOn(string port)
    {
        var i = Ports.IndexOf(port);
        return i < 0 ? [] : OutgoingByPort[i];
    }

    public override string ToString() => $"#{Index} {Id} ({Type})";
}
