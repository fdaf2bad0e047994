namespace TthcFlow.Engine.Runtime.Graph;

/// <summary>A connection inside one flowchart: from a node's outcome port to another node (global node indices).</summary>
internal sealed record FlowConnection(int Source, string Port, int Target);
