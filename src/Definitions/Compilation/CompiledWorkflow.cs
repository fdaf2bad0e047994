using System.Collections.Immutable;
using System.Text.Json;
using TthcFlow.Definitions.Procedures;
using TthcFlow.Definitions.Validation;

namespace TthcFlow.Definitions.Compilation;

/// <summary>A workflow variable with its initial value, as the runtime creates it.</summary>
public sealed record CompiledVariable(int Index, string Id, string Name, string TypeName, bool IsArray, JsonElement? DefaultValue);

/// <summary>
/// An executable procedure (quy trình đã biên dịch): an immutable, index-based graph the engine runs
/// without ever walking JSON. Nodes and edges are arrays addressed by index; expressions are kept as
/// (type, text) pairs for the runtime to evaluate.
/// </summary>
public sealed class CompiledWorkflow
{
    private readonly Dictionary<string, int> _byId;

    internal CompiledWorkflow(string definitionId, string? versionId, int version, string? name, ProcedureInfo? procedure,
        ImmutableArray<CompiledNode> nodes, ImmutableArray<CompiledEdge> edges, ImmutableArray<int> rootNodes, int startNode,
        ImmutableArray<int> triggers, ImmutableArray<CompiledVariable> variables, AllotmentPlan allotments,
        ImmutableArray<ValidationIssue> warnings)
    {
        DefinitionId = definitionId;
        VersionId = versionId;
        Version = version;
        Name = name;
        Procedure = procedure;
        Nodes = nodes;
        Edges = edges;
        RootNodes = rootNodes;
        StartNode = startNode;
        Triggers = triggers;
        Variables = variables;
        Allotments = allotments;
        Warnings = warnings;
        _byId = new Dictionary<string, int>(nodes.Length, StringComparer.Ordinal);
        foreach (var node in nodes)
            _byId.TryAdd(node.Id, node.Index);
    }

    public string DefinitionId { get; }

    /// <summary>The definition's version id (Elsa's <c>id</c>), if it had one.</summary>
    public string? VersionId { get; }

    public int Version { get; }

    public string? Name { get; }

    /// <summary>The procedure metadata (mã TTHC, thời hạn giải quyết, …), if any.</summary>
    public ProcedureInfo? Procedure { get; }

    public ImmutableArray<CompiledNode> Nodes { get; }

    public ImmutableArray<CompiledEdge> Edges { get; }

    /// <summary>The nodes of the root flowchart, in document order.</summary>
    public ImmutableArray<int> RootNodes { get; }

    /// <summary>Where a new instance starts; -1 when the root flowchart is empty.</summary>
    public int StartNode { get; }

    /// <summary>Root nodes marked <c>canStartWorkflow</c> (triggers), in document order.</summary>
    public ImmutableArray<int> Triggers { get; }

    public ImmutableArray<CompiledVariable> Variables { get; }

    /// <summary>The time allotments along the graph and its critical path, in working hours.</summary>
    public AllotmentPlan Allotments { get; }

    /// <summary>The warnings validation found (a compiled workflow has no errors).</summary>
    public ImmutableArray<ValidationIssue> Warnings { get; }

    /// <summary>The index of the node with that activity id, or -1.</summary>
    public int IndexOf(string activityId) => _byId.GetValueOrDefault(activityId, -1);

    /// <summary>The node with that activity id, or null.</summary>
    public CompiledNode? Find(string activityId) => _byId.TryGetValue(activityId, out var i) ? Nodes[i] : null;
}
