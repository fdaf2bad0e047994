namespace TthcFlow.Engine.Runtime.Graph;

/// <summary>A workflow variable: its name, Elsa type name and initial value (JSON text; null when unset).</summary>
internal sealed record VariableSlot(string Id, string Name, string TypeName, string? InitialJson);

/// <summary>
/// The runtime's view of one compiled workflow version: nodes with their settings and their
/// connection lists (outbound, forward inbound, all inbound, forward ancestors) precomputed, so
/// executing never walks JSON or searches connection lists. Immutable once built; shared by every
/// instance running on that version.
/// </summary>
internal sealed class RuntimeGraph
{
    public required string DefinitionId { get; init; }
    public required int Version { get; init; }
    public required GraphNode[] Nodes { get; init; }
    public required FlowchartGraph[] Flowcharts { get; init; }
    public required VariableSlot[] Variables { get; init; }

    private readonly Dictionary<string, int> _variableIndex = new(StringComparer.Ordinal);

    /// <summary>Fills the connection lists of every node. Called once by the builder.</summary>
    internal void Link(IReadOnlyList<FlowConnection>[] connectionsByFlowchart)
    {
        for (var v = 0; v < Variables.Length; v++)
        {
            _variableIndex.TryAdd(Variables[v].Name, v);
            _variableIndex.TryAdd(Variables[v].Id, v);
        }

        foreach (var flowchart in Flowcharts)
        {
            var connections = connectionsByFlowchart[flowchart.Index];
            var forward = ForwardConnections.Compute(connections, flowchart.Start);
            foreach (var index in flowchart.Nodes)
            {
                var node = Nodes[index];
                node.Outbound = connections.Where(c => c.Source == index).Distinct().ToArray();
                node.Inbound = connections.Where(c => c.Target == index).ToArray();
                node.ForwardInbound = forward.Where(c => c.Target == index).ToArray();
                node.ForwardAncestors = ForwardConnections.Ancestors(forward, index);
            }
        }
    }

    /// <summary>The index of the named (or identified) workflow variable; -1 when there is none.</summary>
    public int VariableIndex(string nameOrId) => _variableIndex.TryGetValue(nameOrId, out var index) ? index : -1;

    /// <summary>The initial value of every variable, as JSON text.</summary>
    public string?[] InitialVariables() => Variables.Select(v => v.InitialJson).ToArray();
}
